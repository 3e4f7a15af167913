package org.glasswing.core.lime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;

/**
 * LIME for tabular data (Ribeiro, Singh and Guestrin, "Why Should I Trust You?": Explaining the
 * Predictions of Any Classifier, KDD 2016): around each explained row, draw perturbed samples from
 * training statistics (see {@link LimeMode}), weight them with an exponential kernel on their
 * distance to the row, and fit a weighted linear surrogate with at most K features (see {@link
 * LocalSurrogate}) to the model's output.
 *
 * <p>Each explanation reports, per feature, the feature's contribution to the surrogate's
 * prediction for the row: its weight times the row's interpretable value. In quartile mode (the
 * default) that value is 1, so the attribution is the surrogate weight itself; in continuous mode
 * it is the row's standardised value, so for a linear model the attribution is β<sub>j</sub>
 * (x<sub>j</sub> − training mean). Features the surrogate does not use get 0. The base value is the
 * surrogate's intercept, so base value + Σ attributions is the surrogate's prediction for the row.
 * The extras {@value #FIDELITY} (the weighted R² of the surrogate on the samples), {@value
 * #INTERCEPT} and {@value #LOCAL_PREDICTION} come with every explanation.
 *
 * <p>Every row draws its samples from its own random stream, so results depend on the seed only,
 * never on the number of threads.
 */
public final class Lime implements Explainer {

  /** The method's name. */
  public static final String METHOD = "lime";

  /** The number of samples per row when none is given, as in the reference implementation. */
  public static final int DEFAULT_SAMPLES = 5000;

  /** The most features a surrogate uses when none is given, cut to the number of features. */
  public static final int DEFAULT_MAX_FEATURES = 10;

  /** The name of the extra that holds the surrogate's weighted R². */
  public static final String FIDELITY = "fidelity";

  /** The name of the extra that holds the surrogate's intercept. */
  public static final String INTERCEPT = "intercept";

  /** The name of the extra that holds the surrogate's prediction for the explained row. */
  public static final String LOCAL_PREDICTION = "local_prediction";

  private final Dataset training;
  private final LimeMode mode;
  private final int samples;
  private final double kernelWidth;
  private final int maxFeatures;
  private final long seed;

  /**
   * Creates the explainer.
   *
   * @param training the training rows, whose statistics the samples are drawn from
   * @param mode quartile (the default in LIME) or continuous
   * @param samples the number of samples per row, the row itself included; at least K + 2
   * @param kernelWidth the kernel width, or {@code NaN} for the default 0.75 √d (d = number of
   *     input features)
   * @param maxFeatures K, the most features a surrogate may use; between 1 and d
   * @param seed the seed from which every row's random stream is derived
   */
  public Lime(
      Dataset training,
      LimeMode mode,
      int samples,
      double kernelWidth,
      int maxFeatures,
      long seed) {
    this.training = Objects.requireNonNull(training, "training");
    this.mode = Objects.requireNonNull(mode, "mode");
    this.samples = samples;
    this.kernelWidth = kernelWidth;
    this.maxFeatures = maxFeatures;
    this.seed = seed;
    checkSettings(samples, kernelWidth, maxFeatures);
  }

  /**
   * Checks the settings both LIME variants share.
   *
   * @param samples the number of samples, at least K + 2
   * @param kernelWidth positive and finite, or {@code NaN} for the default
   * @param maxFeatures K, at least 1
   */
  static void checkSettings(int samples, double kernelWidth, int maxFeatures) {
    if (maxFeatures < 1) {
      throw new IllegalArgumentException(
          "the surrogate needs at least 1 feature (--max-features), got " + maxFeatures);
    }
    if (samples < maxFeatures + 2) {
      throw new IllegalArgumentException(
          "LIME needs at least K + 2 = "
              + (maxFeatures + 2)
              + " samples (--samples) to fit a surrogate with "
              + maxFeatures
              + " features, got "
              + samples);
    }
    if (!Double.isNaN(kernelWidth) && !(kernelWidth > 0 && Double.isFinite(kernelWidth))) {
      throw new IllegalArgumentException(
          "the kernel width (--kernel-width) must be a positive number, got " + kernelWidth);
    }
  }

  /**
   * The default kernel width for d features: 0.75 √d, as in the reference implementation.
   *
   * @param features d, the number of input features
   * @return the width
   */
  public static double defaultKernelWidth(int features) {
    return 0.75 * Math.sqrt(features);
  }

  @Override
  public String method() {
    return METHOD;
  }

  /**
   * The seed from which every row's random stream is derived.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  @Override
  public List<Explanation> explain(
      Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine) {
    Schema schema = model.schema();
    if (!schema.hasTarget()) {
      throw new IllegalArgumentException("the model's schema has no target (class) column");
    }
    targets.validate(model.outputNames());
    List<LimeResult> results = engine.run(model, rows.numRows(), seed, rowJobs(schema, rows));
    int d = schema.inputIndices().length;
    double width = Double.isNaN(kernelWidth) ? defaultKernelWidth(d) : kernelWidth;
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("mode", mode.toString());
    settings.put("samples", Integer.toString(samples));
    settings.put("kernel_width", Double.toString(width));
    settings.put("max_features", Integer.toString(maxFeatures));
    settings.put("selection", "forward");
    settings.put("seed", Long.toString(seed));
    int[] columns = schema.inputIndices();
    List<Explanation> explanations = new ArrayList<>();
    for (int r = 0; r < results.size(); r++) {
      double[] values = new double[d];
      for (int p = 0; p < d; p++) {
        values[p] = rows.value(r, columns[p]);
      }
      explanations.addAll(
          toExplanations(
              r, results.get(r), model.outputNames(), targets, schema.inputs(), values, settings));
    }
    return explanations;
  }

  /**
   * The job of each explained row, for a host that evaluates the model itself (such as a KNIME loop
   * through {@link org.glasswing.core.engine.HostDrivenRun}); {@link #explain} runs the same jobs
   * through the engine. Run with this explainer's {@link #seed()}, the results equal {@link
   * #explain}'s for a model that answers each row on its own. The schema needs no target: a host
   * model's outputs are whatever it answers.
   *
   * @param schema the schema of the rows the model reads
   * @param rows the rows to explain, following the schema
   * @return the job of task i (row i)
   * @throws IllegalArgumentException if there are no rows, the rows or training rows do not follow
   *     the schema, or K exceeds the number of features
   */
  public Function<TaskContext, RowJob<LimeResult>> rowJobs(Schema schema, Dataset rows) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("there are no rows to explain");
    }
    int d = schema.inputIndices().length;
    if (maxFeatures > d) {
      throw new IllegalArgumentException(
          "--max-features is "
              + maxFeatures
              + " but the data has only "
              + d
              + " features besides the class; give at most "
              + d);
    }
    rows.schema()
        .firstMismatch(schema)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  "the rows to explain do not match the model: " + m);
            });
    training
        .schema()
        .firstMismatch(schema)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  "the training data does not match the model: " + m);
            });
    if (training.isEmpty()) {
      throw new IllegalArgumentException("LIME needs training rows, but there are none");
    }
    double width = Double.isNaN(kernelWidth) ? defaultKernelWidth(d) : kernelWidth;
    TabularSampler sampler = new TabularSampler(training, mode, width);
    return task ->
        new LimeJob(
            () -> sampler.sample(rows.row(task.index()), samples, task.random()),
            samples,
            maxFeatures,
            task.batchRows());
  }

  /**
   * Turns one row's surrogates into one explanation per selected output.
   *
   * @param row the row's index
   * @param result the row's surrogates
   * @param outputNames the model's output names
   * @param targets the selected outputs
   * @param features the explained features
   * @param values the row's value of each feature
   * @param settings the method's settings
   * @return the explanations, in output order
   */
  static List<Explanation> toExplanations(
      int row,
      LimeResult result,
      List<String> outputNames,
      TargetSelection targets,
      List<org.glasswing.core.data.Feature> features,
      double[] values,
      Map<String, String> settings) {
    List<Explanation> explanations = new ArrayList<>();
    for (int output : targets.select(outputNames, result.prediction())) {
      Map<String, Double> extras = new LinkedHashMap<>();
      extras.put(FIDELITY, result.fidelity(output));
      extras.put(INTERCEPT, result.baseValue(output));
      extras.put(LOCAL_PREDICTION, result.localPrediction(output));
      explanations.add(
          new Explanation(
                  row,
                  output,
                  outputNames.get(output),
                  result.baseValue(output),
                  result.prediction(output),
                  features,
                  values,
                  result.attributions(output),
                  null,
                  METHOD,
                  settings)
              .withExtras(extras));
    }
    return explanations;
  }
}
