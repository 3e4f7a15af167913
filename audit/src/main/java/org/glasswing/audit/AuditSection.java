package org.glasswing.audit;

import java.util.Arrays;
import java.util.Locale;

/**
 * The sections an audit can hold, in report order, each named like the report's HTML section id. A
 * section that retrains the classifier needs a learner (an untrained classifier) besides the
 * trained model.
 */
public enum AuditSection {
  /** What the data holds: rows, attributes, classes, missing values. */
  DATASET("dataset", false),
  /** Accuracy (or regression error) on rows the model did not learn from. */
  PERFORMANCE("performance", false),
  /** Whether the probabilities mean what they say, before and after temperature scaling. */
  CALIBRATION("calibration", false),
  /** Per-row confidence, ensemble disagreement and unusualness. */
  PREDICTION_UNCERTAINTY("prediction-uncertainty", true),
  /** Conformal prediction sets and their coverage. */
  CONFORMAL("conformal", true),
  /** Per-group rates and gaps of the protected attributes, when the inputs name any. */
  FAIRNESS("fairness", false),
  /** Integrated-gradients heat maps, for an image network only. */
  HEATMAPS("heatmaps", false),
  /** Mean |Shapley value| per attribute. */
  GLOBAL_IMPORTANCE("global-importance", false),
  /** How much worse held-out predictions get when an attribute is shuffled. */
  PERMUTATION_IMPORTANCE("importance-permutation", true),
  /** Partial dependence, ICE and ALE curves of the top attributes. */
  PROFILES("profiles", false),
  /** Friedman's H-statistic for pairs of the top attributes. */
  INTERACTIONS("interactions", false),
  /** A small tree that mimics the model, with its fidelity. */
  SURROGATE("surrogate", false),
  /** Shapley values of the explained rows. */
  LOCAL_EXPLANATIONS("local-explanations", false),
  /** LIME explanations of the same rows. */
  LIME("lime", false),
  /** Occlusion of the same rows. */
  OCCLUSION("occlusion", false),
  /** How far the three local methods agree. */
  AGREEMENT("agreement", false),
  /** The training rows nearest the first explained row. */
  NEAREST_EXAMPLES("nearest-examples", false),
  /** The smallest changes that change the first explained row's class. */
  COUNTERFACTUALS("counterfactuals", false),
  /** A PCA map of the rows. */
  DATA_MAP("data-map", false),
  /** Prototypes and criticisms per class. */
  PROTOTYPES("prototypes", false),
  /** Randomisation tests, stability, max-sensitivity and infidelity of the method. */
  SANITY_CHECKS("sanity-checks", true),
  /** Deletion curves of the method against a control. */
  DELETION_CURVES("deletion-curves", false);

  private final String key;
  private final boolean retrains;

  AuditSection(String key, boolean retrains) {
    this.key = key;
    this.retrains = retrains;
  }

  /**
   * The section's name in a plan file and in the report's HTML.
   *
   * @return such as {@code importance-permutation}
   */
  public String key() {
    return key;
  }

  /**
   * Whether the section always retrains the classifier and so needs a learner.
   *
   * @return true for the retraining sections
   */
  public boolean retrains() {
    return retrains;
  }

  /**
   * The section that a plan file names.
   *
   * @param key the name, as {@link #key()} spells it
   * @return the section
   * @throws IllegalArgumentException naming the known sections when none has that name
   */
  public static AuditSection ofKey(String key) {
    for (AuditSection section : values()) {
      if (section.key.equals(key.toLowerCase(Locale.ROOT))) {
        return section;
      }
    }
    throw new IllegalArgumentException(
        "unknown section '"
            + key
            + "'; the sections are "
            + String.join(", ", Arrays.stream(values()).map(AuditSection::key).toList()));
  }
}
