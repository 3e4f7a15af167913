/**
 * Benchmarks on fixed tasks: {@link org.glasswing.weka.bench.ShapleyBenchmark} times and checks the
 * Shapley methods on the Friedman-1 task ({@link org.glasswing.weka.bench.FriedmanData}) with the
 * analytic model and a Weka RandomForest; {@code glasswing bench shapley} prints it.
 */
package org.glasswing.weka.bench;
