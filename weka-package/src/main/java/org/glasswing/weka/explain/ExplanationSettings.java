package org.glasswing.weka.explain;

import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.weka.InvalidOptionException;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;

/**
 * The settings every Weka plug-in gives a Shapley method, and the choice of the method for a
 * trained classifier.
 *
 * @param method the method; {@link ExplainMethod#AUTO} picks one for the classifier
 * @param budget the most coalitions per explained row for a model-agnostic method; 0 for {@link
 *     #DEFAULT_BUDGET} (raised to the method's minimum when that is larger)
 * @param backgroundSize how many background rows to sample from the training data, at least 1
 * @param seed the seed of the background sample and of the sampled coalitions
 */
public record ExplanationSettings(ExplainMethod method, int budget, int backgroundSize, long seed) {

  /** The coalitions per row of a model-agnostic method when no budget is given. */
  public static final int DEFAULT_BUDGET = 128;

  /** The background rows when no size is given. */
  public static final int DEFAULT_BACKGROUND_SIZE = 100;

  /**
   * Checks the settings.
   *
   * @param method the method
   * @param budget the budget, 0 or more
   * @param backgroundSize the background size, at least 1
   * @param seed the seed
   * @throws InvalidOptionException naming the bad setting
   */
  public ExplanationSettings {
    OptionRange.given("method", method, "auto");
    checkBudget(budget);
    checkBackgroundSize(backgroundSize);
  }

  /**
   * Checks a budget ({@code -budget}).
   *
   * @param budget coalitions per explained row; 0 for automatic
   * @return the budget
   * @throws InvalidOptionException if it is negative
   */
  public static int checkBudget(int budget) {
    return OptionRange.atLeast(
        "budget",
        budget,
        0,
        "coalitions per instance, 0 for " + DEFAULT_BUDGET + " or the method's minimum",
        0);
  }

  /**
   * Checks a background size ({@code -background-size}).
   *
   * @param backgroundSize rows sampled for the background
   * @return the size
   * @throws InvalidOptionException if it is below 1
   */
  public static int checkBackgroundSize(int backgroundSize) {
    return OptionRange.atLeast(
        "background-size", backgroundSize, 1, "background rows", DEFAULT_BACKGROUND_SIZE);
  }

  /**
   * Checks a number of worker threads ({@code -num-threads}).
   *
   * @param threads worker threads; 0 for one per core
   * @return the number
   * @throws InvalidOptionException if it is negative
   */
  public static int checkThreads(int threads) {
    return OptionRange.atLeast("num-threads", threads, 0, "worker threads, 0 for one per core", 0);
  }

  /**
   * Checks the class to explain ({@code -target}); whether a label exists is checked on the data.
   *
   * @param target {@code predicted} or a class label
   * @return the target
   * @throws InvalidOptionException if it is missing or blank
   */
  public static String checkTarget(String target) {
    if (target == null || target.isBlank()) {
      throw new InvalidOptionException(
          "target",
          target == null ? null : "'" + target + "'",
          "no class given",
          "use -target predicted or a class label");
    }
    return target;
  }

  /**
   * Chooses the explainer for a trained classifier and draws its background.
   *
   * @param model the trained classifier
   * @param backgroundSource the rows the background is sampled from (every row when there are no
   *     more than {@link #backgroundSize()})
   * @return the explainer, with the model it explains and a description for people
   * @throws IllegalArgumentException if the method does not suit the classifier or the data
   */
  public ExplainerChoice choose(WekaModel model, Dataset backgroundSource) {
    return choose(model, Background.sample(backgroundSource, backgroundSize, seed));
  }

  /**
   * Chooses the explainer for a trained classifier, with a background already drawn.
   *
   * @param model the trained classifier
   * @param background the background rows; {@link #backgroundSize()} is not used
   * @return the explainer, with the model it explains and a description for people
   * @throws IllegalArgumentException if the method does not suit the classifier or the data
   */
  public ExplainerChoice choose(WekaModel model, Background background) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(background, "background");
    int players = model.schema().inputIndices().length;
    int wanted = budget == 0 ? DEFAULT_BUDGET : budget;
    String rows = background.size() + " background rows";
    ExplainMethod used = method;
    if (used == ExplainMethod.AUTO) {
      if (WekaTreeReader.isSupported(model.classifier())) {
        used = ExplainMethod.TREE_SHAP;
      } else if (players <= ExactShapley.MAX_FEATURES && (1L << players) <= wanted) {
        used = ExplainMethod.EXACT_SHAPLEY;
      } else {
        used = ExplainMethod.KERNEL_SHAP;
      }
    }
    switch (used) {
      case TREE_SHAP:
        return new ExplainerChoice(
            TreeShap.interventional(background),
            WekaTreeReader.read(model.classifier(), model.schema()),
            "TreeSHAP (exact, interventional, " + rows + ")");
      case EXACT_SHAPLEY:
        if (players > ExactShapley.MAX_FEATURES) {
          throw new IllegalArgumentException(
              "exact-shapley evaluates 2^n coalitions and allows at most "
                  + ExactShapley.MAX_FEATURES
                  + " attributes besides the class, but the data has "
                  + players
                  + "; use kernel-shap or sampling-shapley instead");
        }
        return new ExplainerChoice(
            new ExactShapley(background),
            model,
            "exact Shapley values (all " + (1L << players) + " coalitions, " + rows + ")");
      case SAMPLING_SHAPLEY:
        int orderings = Math.max(wanted, SamplingShapley.minimumBudget(players));
        return new ExplainerChoice(
            new SamplingShapley(background, orderings, seed),
            model,
            "sampling Shapley (" + orderings + " coalitions per row, " + rows + ")");
      case KERNEL_SHAP:
        int coalitions = Math.max(wanted, KernelShap.minimumBudget(players));
        return new ExplainerChoice(
            new KernelShap(background, coalitions, seed),
            model,
            "KernelSHAP (" + coalitions + " coalitions per row, " + rows + ")");
      default:
        throw new IllegalStateException("no explainer for the method " + used);
    }
  }
}
