package org.glasswing.core.methods;

import java.util.List;
import org.glasswing.core.gradient.IntegratedGradients;
import org.glasswing.core.gradient.SmoothGrad;
import org.glasswing.core.lime.Lime;

/**
 * The settings that several methods share, defined once. A method lists the ones it takes in its
 * {@link MethodSpec}; every face offers them under these names and with these defaults.
 */
public final class Parameters {

  /** The seed of every random choice (background sample, coalitions, LIME samples). */
  public static final Parameter SEED =
      Parameter.longValue(
              "seed", 1, "Seed of every random choice; the same seed gives the same numbers.")
          .withAliases("S");

  /** Worker threads; 0 means one per core. */
  public static final Parameter THREADS =
      Parameter.integer(
              "threads",
              0,
              0,
              Integer.MAX_VALUE,
              "Worker threads for model evaluations; 0 means one per core.")
          .withAliases("num-slots");

  /** How many background rows are sampled from the training data. */
  public static final Parameter BACKGROUND_SIZE =
      Parameter.integer(
              "background-size",
              100,
              0,
              Integer.MAX_VALUE,
              "Background rows sampled (with the seed) from the training data; all rows if there"
                  + " are fewer; 0 for every training row.")
          .withAliases("background", "backgroundSize");

  /** How the background is drawn: a uniform sample or k medoids. */
  public static final Parameter BACKGROUND_SUMMARY =
      Parameter.choice(
          "background-summary",
          "random",
          List.of("random", "kmedoids"),
          "random: a uniform sample of background-size rows; kmedoids: background-size medoids,"
              + " weighted by their cluster sizes.");

  /** Model evaluations per explained row of the estimating Shapley methods. */
  public static final Parameter BUDGET =
      Parameter.integer(
          "budget",
          2048,
          1,
          Integer.MAX_VALUE,
          "Coalitions evaluated per explained row; each costs one prediction per background row.");

  /** Early stop of the estimating Shapley methods. */
  public static final Parameter TOLERANCE =
      Parameter.real(
          "tolerance",
          0,
          0,
          Double.MAX_VALUE,
          "Stop a row early once every standard error is below this; 0 spends the whole budget.");

  /** TreeSHAP's two definitions of a missing feature. */
  public static final Parameter TREE_MODE =
      Parameter.choice(
          "tree-mode",
          "interventional",
          List.of("interventional", "path"),
          "interventional (over the background rows; equals exact-shapley) or path"
              + " (path-dependent, from the training cover; no background).");

  /** LIME's samples per row. */
  public static final Parameter LIME_SAMPLES =
      Parameter.integer(
          "samples",
          Lime.DEFAULT_SAMPLES,
          3,
          Integer.MAX_VALUE,
          "Perturbed samples per explained row, the row itself included.");

  /** How LIME perturbs numeric features. */
  public static final Parameter LIME_MODE =
      Parameter.choice(
          "lime-mode",
          "quartile",
          List.of("quartile", "continuous"),
          "quartile: numeric features as quartile bins, as in LIME; continuous: standardised"
              + " Gaussian samples.");

  /** LIME's kernel width. */
  public static final Parameter KERNEL_WIDTH =
      Parameter.realBetween(
              "kernel-width",
              0.75,
              0,
              Double.MAX_VALUE,
              "Width of the exponential kernel that weights samples by their distance to the row.")
          .computedDefault("0.75 √d (d features)");

  /** LIME's number of surrogate features. */
  public static final Parameter MAX_FEATURES =
      Parameter.integer(
              "max-features",
              Lime.DEFAULT_MAX_FEATURES,
              1,
              Integer.MAX_VALUE,
              "K, the most features the local surrogate may use (forward selection).")
          .computedDefault("min(" + Lime.DEFAULT_MAX_FEATURES + ", d)");

  /** Occlusion's feature groups. */
  public static final Parameter GROUPS =
      Parameter.text(
          "groups",
          "",
          "Attributes taken away together, such as \"a,b;c,d\"; the others one at a time.");

  /** SmoothGrad's noisy copies. */
  public static final Parameter SMOOTHGRAD_SAMPLES =
      Parameter.integer(
          "samples",
          SmoothGrad.DEFAULT_SAMPLES,
          1,
          Integer.MAX_VALUE,
          "Noisy copies of the row whose gradients are averaged.");

  /** SmoothGrad's noise level. */
  public static final Parameter NOISE =
      Parameter.real(
          "noise",
          SmoothGrad.DEFAULT_NOISE,
          0,
          Double.MAX_VALUE,
          "Standard deviation of the Gaussian noise, as a fraction of the input's range.");

  /** Integrated Gradients' path steps. */
  public static final Parameter STEPS =
      Parameter.integer(
          "steps",
          IntegratedGradients.DEFAULT_STEPS,
          1,
          Integer.MAX_VALUE,
          "Steps of the Riemann sum along the straight path from the baseline.");

  /** Integrated Gradients' baseline. */
  public static final Parameter BASELINE =
      Parameter.choice(
          "baseline",
          "zeros",
          List.of("zeros", "mean", "blurred"),
          "The input the path starts from: all zeros, the training mean, or a blurred copy.");

  /** The blur of Integrated Gradients' blurred baseline. */
  public static final Parameter BLUR_SIGMA =
      Parameter.realBetween(
          "blur-sigma",
          3,
          0,
          Double.MAX_VALUE,
          "Standard deviation, in pixels, of the Gaussian blur of the blurred baseline.");

  /** Grad-CAM's layer. */
  public static final Parameter LAYER =
      Parameter.text("layer", "", "The convolutional layer Grad-CAM looks at, by name.")
          .computedDefault("the last convolutional layer");

  private Parameters() {}

  /**
   * The settings of every method that uses background rows.
   *
   * @return background size and summary, then the seed
   */
  public static List<Parameter> background() {
    return List.of(BACKGROUND_SIZE, BACKGROUND_SUMMARY, SEED);
  }
}
