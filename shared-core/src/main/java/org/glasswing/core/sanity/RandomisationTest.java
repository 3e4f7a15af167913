package org.glasswing.core.sanity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RandomStreams;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.model.Model;
import org.glasswing.core.resample.ModelTrainer;
import org.glasswing.core.resample.TrainingSet;

/**
 * The randomisation sanity checks of Adebayo et al. (2018, "Sanity checks for saliency maps",
 * NeurIPS): explain the same rows for the model and for a model that has learnt nothing real, then
 * compare the explanations row by row with each {@link SimilarityMeasure}. An explanation that
 * hardly changes does not reflect what the model learnt: FAIL.
 *
 * <ul>
 *   <li><b>Data randomisation</b>: the model is retrained on the training rows with the labels
 *       permuted ({@code repeats} permutations); values are averaged over rows and repeats.
 *   <li><b>Model-parameter randomisation</b>: the parameters are re-drawn, cascading from the
 *       output layer down (test {@code parameter-randomization/cascading/<layer>}, each step
 *       randomising that layer and every layer above it) and, for a model of more than one layer,
 *       one layer at a time ({@code parameter-randomization/independent/<layer>}).
 * </ul>
 *
 * <p>Every row is explained for the output the original model predicts for it, for the original and
 * every randomised model alike. Immutable.
 */
public final class RandomisationTest {

  /** The test name of data randomisation in results. */
  public static final String DATA = "data-randomization";

  /** The prefix of the test names of parameter randomisation in results. */
  public static final String PARAMETERS = "parameter-randomization";

  private final int topK;
  private final long seed;
  private final ImageShape image;

  /**
   * Creates the test.
   *
   * @param topK the k of the top-k intersection, at least 1
   * @param seed the seed of the label permutations and parameter draws
   */
  public RandomisationTest(int topK, long seed) {
    if (topK < 1) {
      throw new IllegalArgumentException("top-k must be at least 1, got " + topK);
    }
    this.topK = topK;
    this.seed = seed;
    this.image = null;
  }

  private RandomisationTest(int topK, long seed, ImageShape image) {
    this.topK = topK;
    this.seed = seed;
    this.image = image;
  }

  /**
   * The same test for image explanations: it also compares the maps by SSIM, as Adebayo et al.
   * (2018) do.
   *
   * @param shape the shape of one image (the rows' input attributes)
   * @return the test with SSIM among its measures
   */
  public RandomisationTest withImage(ImageShape shape) {
    return new RandomisationTest(topK, seed, java.util.Objects.requireNonNull(shape, "shape"));
  }

  /**
   * Runs the data (label) randomisation test.
   *
   * @param explainers the methods to test
   * @param model the trained model
   * @param labels the training rows' target values, in order
   * @param trainer retrains the model on other labels
   * @param repeats the number of label permutations, at least 1
   * @param rows the rows to explain
   * @param engine runs the model evaluations
   * @return for each method, one result per similarity measure
   */
  public List<CheckResult> dataRandomisation(
      List<Explainer> explainers,
      Model model,
      double[] labels,
      ModelTrainer trainer,
      int repeats,
      Dataset rows,
      EvaluationEngine engine) {
    Objects.requireNonNull(trainer, "trainer");
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
    }
    if (labels.length < 2) {
      throw new IllegalArgumentException("data randomisation needs at least 2 training rows");
    }
    check(explainers, model, rows);
    List<Variant> variants = new ArrayList<>();
    for (int r = 0; r < repeats; r++) {
      int repeat = r;
      variants.add(
          new Variant(
              DATA, () -> trainer.train(TrainingSet.relabelled(repeat, permute(labels, repeat)))));
    }
    return compare(explainers, model, rows, variants, engine);
  }

  /**
   * Runs the model-parameter randomisation test.
   *
   * @param explainers the methods to test
   * @param model the trained model
   * @param randomiser gives randomised copies of the model
   * @param repeats the number of random draws of each step, at least 1; values are averaged
   * @param rows the rows to explain
   * @param engine runs the model evaluations
   * @return for each method and each step, one result per similarity measure
   */
  public List<CheckResult> parameterRandomisation(
      List<Explainer> explainers,
      Model model,
      ParameterRandomiser randomiser,
      int repeats,
      Dataset rows,
      EvaluationEngine engine) {
    Objects.requireNonNull(randomiser, "randomiser");
    if (repeats < 1) {
      throw new IllegalArgumentException("repeats must be at least 1, got " + repeats);
    }
    check(explainers, model, rows);
    List<String> layers = randomiser.layers();
    List<Variant> variants = new ArrayList<>();
    for (int r = 0; r < repeats; r++) {
      Set<String> cascade = new LinkedHashSet<>();
      for (int l = 0; l < layers.size(); l++) {
        cascade.add(layers.get(l));
        Set<String> upToHere = Set.copyOf(cascade);
        long stepSeed = RandomStreams.forTask(seed, r).nextLong() + l;
        variants.add(
            new Variant(
                PARAMETERS + "/cascading/" + layers.get(l),
                () -> randomiser.randomise(upToHere, stepSeed)));
      }
      if (layers.size() > 1) {
        for (int l = 0; l < layers.size(); l++) {
          Set<String> one = Set.of(layers.get(l));
          long stepSeed = RandomStreams.forTask(seed, r).nextLong() + l;
          variants.add(
              new Variant(
                  PARAMETERS + "/independent/" + layers.get(l),
                  () -> randomiser.randomise(one, stepSeed)));
        }
      }
    }
    return compare(explainers, model, rows, variants, engine);
  }

  /** The labels in the order of the permutation of one repeat. */
  double[] permute(double[] labels, int repeat) {
    double[] permuted = labels.clone();
    SplittableRandom random = RandomStreams.forTask(seed, repeat);
    for (int i = permuted.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      double swap = permuted[i];
      permuted[i] = permuted[j];
      permuted[j] = swap;
    }
    return permuted;
  }

  private void check(List<Explainer> explainers, Model model, Dataset rows) {
    if (explainers.isEmpty()) {
      throw new IllegalArgumentException("no method to test");
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("there are no rows to explain");
    }
    int features = model.schema().inputIndices().length;
    if (topK >= features) {
      throw new IllegalArgumentException(
          "top-k must be smaller than the number of features ("
              + features
              + ") for the top-k intersection to mean anything, got "
              + topK);
    }
  }

  /** A model variant to compare with, built on demand; variants of one test are averaged. */
  private record Variant(String test, java.util.function.Supplier<Model> model) {}

  private List<CheckResult> compare(
      List<Explainer> explainers,
      Model model,
      Dataset rows,
      List<Variant> variants,
      EvaluationEngine engine) {
    int features = model.schema().inputIndices().length;
    int[] targets = Attributions.predictedTargets(model, rows);
    int steps = (variants.size() + 1) * explainers.size();
    StepProgress progress = new StepProgress(engine, steps);
    List<double[][]> original = new ArrayList<>();
    for (Explainer explainer : explainers) {
      original.add(
          Attributions.explain(
              explainer, model, rows, targets, progress.next("explaining the model")));
    }
    SimilarityMeasure[] measures =
        SimilarityMeasure.forData(image).toArray(SimilarityMeasure[]::new);
    // sums[test][method][measure], counts[test]
    List<String> tests = new ArrayList<>();
    List<double[][]> sums = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int v = 0; v < variants.size(); v++) {
      Variant variant = variants.get(v);
      engine.cancellation().throwIfCancelled();
      Model randomised = variant.model().get();
      int t = tests.indexOf(variant.test());
      if (t < 0) {
        tests.add(variant.test());
        sums.add(new double[explainers.size()][measures.length]);
        counts.add(0);
        t = tests.size() - 1;
      }
      for (int m = 0; m < explainers.size(); m++) {
        double[][] other =
            Attributions.explain(
                explainers.get(m),
                randomised,
                rows,
                targets,
                progress.next(variant.test() + " (" + (v + 1) + " of " + variants.size() + ")"));
        for (int r = 0; r < other.length; r++) {
          for (int s = 0; s < measures.length; s++) {
            sums.get(t)[m][s] += measures[s].compute(original.get(m)[r], other[r], topK, image);
          }
        }
      }
      counts.set(t, counts.get(t) + rows.numRows());
    }
    List<CheckResult> results = new ArrayList<>();
    for (int m = 0; m < explainers.size(); m++) {
      for (int t = 0; t < tests.size(); t++) {
        for (int s = 0; s < measures.length; s++) {
          double mean = sums.get(t)[m][s] / counts.get(t);
          Verdict verdict = measures[s].verdict(mean, features, topK);
          results.add(
              new CheckResult(
                  explainers.get(m).method(),
                  tests.get(t),
                  measures[s].label(),
                  mean,
                  verdict,
                  reason(verdict, measures[s], mean, features)));
        }
      }
    }
    return results;
  }

  private String reason(Verdict verdict, SimilarityMeasure measure, double mean, int features) {
    String chance =
        measure == SimilarityMeasure.TOP_K_INTERSECTION
            ? " (chance level "
                + String.format(java.util.Locale.ROOT, "%.2f", (double) topK / features)
                + ")"
            : "";
    return switch (verdict) {
      case FAIL ->
          "The explanation barely changed although the model was randomised" + chance + ".";
      case WARN ->
          "The explanation changed only partly when the model was randomised" + chance + ".";
      case PASS -> "The explanation changed clearly when the model was randomised" + chance + ".";
    };
  }
}
