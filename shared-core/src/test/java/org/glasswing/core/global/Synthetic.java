package org.glasswing.core.global;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;

/** Synthetic data with known ground truth for the global views' tests. */
final class Synthetic {

  private Synthetic() {}

  static EvaluationEngine engine(int threads) {
    return new EvaluationEngine(threads, 500, ProgressListener.NONE, CancellationToken.NONE);
  }

  /** Numeric inputs uniform on (-1, 1) with the target set by a function of the row. */
  static Dataset withTarget(Schema schema, int rows, long seed, ToDoubleFunction<double[]> target) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] values = new double[rows][schema.size()];
    for (double[] row : values) {
      for (int c = 0; c < schema.size(); c++) {
        if (c != schema.targetIndex()) {
          row[c] = random.nextDouble(-1, 1);
        }
      }
      row[schema.targetIndex()] = target.applyAsDouble(row);
    }
    return new Dataset(schema, values);
  }
}
