/**
 * The one evaluation engine behind every perturbation method: a method plans, per explained row,
 * the batches of synthetic rows to evaluate and folds the model's answers into a result; the {@link
 * org.glasswing.core.engine.EvaluationEngine} does the batching, the threads (one model copy per
 * thread), progress, cancellation and per-task random streams, so that results depend on the seed
 * and never on the thread count.
 */
package org.glasswing.core.engine;
