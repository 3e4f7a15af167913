/**
 * What the benchmarks share: the analytic Friedman-1 model with its closed-form Shapley values
 * ({@link org.glasswing.core.bench.Friedman1}), the accuracy study of the Shapley estimators
 * against exact values ({@link org.glasswing.core.bench.ShapleyAccuracy}), and a model wrapper that
 * records the batches a method sends, so the same batches can be timed alone ({@link
 * org.glasswing.core.bench.RecordingModel}, {@link org.glasswing.core.bench.BatchReplay}).
 */
package org.glasswing.core.bench;
