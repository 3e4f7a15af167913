package org.glasswing.weka.cli;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.explain.Explanation;

/**
 * What one run of {@code glasswing explain} produced.
 *
 * @param explanations the explanations, in row order
 * @param rowNumber maps an explanation's row to its 1-based row number in {@code --data}
 */
record ExplainRun(List<Explanation> explanations, IntUnaryOperator rowNumber) {}
