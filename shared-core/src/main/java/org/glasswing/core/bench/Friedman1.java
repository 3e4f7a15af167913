package org.glasswing.core.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;

/**
 * The analytic Friedman-1 function as a {@link Model}: f(x) = 10 sin(π x0 x1) + 20 (x2 − 0.5)² + 10
 * x3 + 5 x4, read from the first five input columns of the schema (the other inputs are ignored),
 * without noise (Friedman, 1991, Multivariate adaptive regression splines, Annals of Statistics
 * 19(1)). Two outputs are offered: the regression value f itself, and the probability Φ(f − t) that
 * a noisy y = f + N(0, 1) lies above a threshold t (the benchmark's classification task, with t the
 * median of y).
 *
 * <p>The regression has one pairwise interaction (x0 with x1) and is otherwise additive, so its
 * interventional Shapley values have a closed form ({@link #closedFormShapley}); the probability
 * has interactions of every order among x0..x4 and no closed form.
 */
public final class Friedman1 implements Model {

  private final Schema schema;
  private final int[] columns;
  private final double threshold;
  private final boolean probability;

  private Friedman1(Schema schema, double threshold, boolean probability) {
    if (!schema.hasTarget() || schema.isClassification()) {
      throw new IllegalArgumentException(
          "the Friedman-1 model needs a schema with a numeric target, got " + schema);
    }
    int[] inputs = schema.inputIndices();
    if (inputs.length < 5) {
      throw new IllegalArgumentException(
          "the Friedman-1 model reads five inputs, but the schema has " + inputs.length);
    }
    for (int c = 0; c < 5; c++) {
      if (schema.feature(inputs[c]).isNominal()) {
        throw new IllegalArgumentException(
            "the Friedman-1 model reads numeric inputs, but "
                + schema.feature(inputs[c]).name()
                + " is nominal");
      }
    }
    this.schema = schema;
    this.columns = java.util.Arrays.copyOf(inputs, 5);
    this.threshold = threshold;
    this.probability = probability;
  }

  /**
   * The regression model f.
   *
   * @param schema the columns; the first five numeric inputs are x0..x4, the target is numeric
   * @return the model
   * @throws IllegalArgumentException if the schema has fewer than five inputs or a nominal target
   */
  public static Friedman1 regression(Schema schema) {
    return new Friedman1(schema, Double.NaN, false);
  }

  /**
   * The probability model Φ(f − threshold): the chance that f plus standard normal noise exceeds
   * the threshold.
   *
   * @param schema the columns, as for {@link #regression(Schema)}
   * @param threshold the threshold t
   * @return the model
   */
  public static Friedman1 probability(Schema schema, double threshold) {
    if (!Double.isFinite(threshold)) {
      throw new IllegalArgumentException("the threshold must be finite, got " + threshold);
    }
    return new Friedman1(schema, threshold, true);
  }

  /**
   * The Friedman-1 function.
   *
   * @param x0 the first input
   * @param x1 the second input
   * @param x2 the third input
   * @param x3 the fourth input
   * @param x4 the fifth input
   * @return 10 sin(π x0 x1) + 20 (x2 − 0.5)² + 10 x3 + 5 x4
   */
  public static double f(double x0, double x1, double x2, double x3, double x4) {
    return 10 * Math.sin(Math.PI * x0 * x1) + 20 * (x2 - 0.5) * (x2 - 0.5) + 10 * x3 + 5 * x4;
  }

  /**
   * The standard normal distribution function Φ, by the complementary error function of Numerical
   * Recipes (absolute error below 1.2e-7).
   *
   * @param z the argument
   * @return Φ(z)
   */
  public static double normalCdf(double z) {
    double x = Math.abs(z) / Math.sqrt(2);
    double t = 1 / (1 + 0.5 * x);
    double[] c = {
      -1.26551223,
      1.00002368,
      0.37409196,
      0.09678418,
      -0.18628806,
      0.27886807,
      -1.13520398,
      1.48851587,
      -0.82215223,
      0.17087277
    };
    double poly = c[c.length - 1];
    for (int i = c.length - 2; i >= 0; i--) {
      poly = c[i] + t * poly;
    }
    double erfc = t * Math.exp(-x * x + poly);
    return z >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
  }

  /**
   * Whether the model outputs the probability Φ(f − t) rather than f.
   *
   * @return true for {@link #probability(Schema, double)}
   */
  public boolean isProbability() {
    return probability;
  }

  /**
   * The model's output for one row.
   *
   * @param row a row following {@link #schema()}
   * @return f, or Φ(f − t)
   */
  public double value(double[] row) {
    double f =
        f(row[columns[0]], row[columns[1]], row[columns[2]], row[columns[3]], row[columns[4]]);
    return probability ? normalCdf(f - threshold) : f;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return List.of(
        probability
            ? String.format(Locale.ROOT, "P(%s > %s)", schema.target().name(), threshold)
            : schema.target().name());
  }

  @Override
  public double[][] predict(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      out[r] = new double[] {value(rows[r])};
    }
    return out;
  }

  @Override
  public boolean isThreadSafe() {
    return true;
  }

  @Override
  public Model copyForThread() {
    return this;
  }

  /**
   * The exact interventional Shapley values of the regression f for one row, in closed form: each
   * additive term g(xj) gets g(xj) minus its background mean, the other inputs get 0, and the term
   * h = 10 sin(π x0 x1) is shared between x0 and x1 by its four coalition values.
   *
   * @param row the explained row, following {@link #schema()}
   * @param background the background rows and weights
   * @return one value per input, in the order of {@link Schema#inputIndices()}
   * @throws IllegalStateException for the probability model, which has no closed form
   */
  public double[] closedFormShapley(double[] row, Background background) {
    if (probability) {
      throw new IllegalStateException("the probability model has no closed-form Shapley values");
    }
    int[] c = columns;
    double[] phi = new double[schema.inputIndices().length];
    double[] weights = background.weights();
    double h11 = 10 * Math.sin(Math.PI * row[c[0]] * row[c[1]]);
    double h10 = 0;
    double h01 = 0;
    double h00 = 0;
    for (int b = 0; b < background.size(); b++) {
      double[] z = background.rows().row(b);
      double w = weights[b];
      h10 += w * 10 * Math.sin(Math.PI * row[c[0]] * z[c[1]]);
      h01 += w * 10 * Math.sin(Math.PI * z[c[0]] * row[c[1]]);
      h00 += w * 10 * Math.sin(Math.PI * z[c[0]] * z[c[1]]);
      phi[2] -= w * 20 * (z[c[2]] - 0.5) * (z[c[2]] - 0.5);
      phi[3] -= w * 10 * z[c[3]];
      phi[4] -= w * 5 * z[c[4]];
    }
    phi[0] = 0.5 * ((h10 - h00) + (h11 - h01));
    phi[1] = 0.5 * ((h01 - h00) + (h11 - h10));
    phi[2] += 20 * (row[c[2]] - 0.5) * (row[c[2]] - 0.5);
    phi[3] += 10 * row[c[3]];
    phi[4] += 5 * row[c[4]];
    return phi;
  }

  /**
   * The same rows with extra inputs of pure noise, uniform on (0, 1), appended after the existing
   * inputs and named {@code noise1}, {@code noise2}, ...; the target (if any) stays last.
   *
   * @param data rows with a numeric target
   * @param extra the number of noise columns to add, 0 or more
   * @param seed the seed of the noise
   * @return the widened rows
   */
  public static Dataset withNoiseColumns(Dataset data, int extra, long seed) {
    if (extra < 0) {
      throw new IllegalArgumentException("the number of noise columns must be 0 or more");
    }
    Schema schema = data.schema();
    int[] inputs = schema.inputIndices();
    List<Feature> features = new ArrayList<>();
    for (int column : inputs) {
      features.add(schema.feature(column));
    }
    for (int i = 1; i <= extra; i++) {
      features.add(Feature.numeric("noise" + i));
    }
    features.add(schema.target());
    Schema wide = new Schema(features, features.size() - 1);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[data.numRows()][];
    for (int r = 0; r < rows.length; r++) {
      double[] row = new double[features.size()];
      for (int j = 0; j < inputs.length; j++) {
        row[j] = data.value(r, inputs[j]);
      }
      for (int i = 0; i < extra; i++) {
        row[inputs.length + i] = random.nextDouble();
      }
      row[row.length - 1] = data.value(r, schema.targetIndex());
      rows[r] = row;
    }
    return new Dataset(wide, rows);
  }
}
