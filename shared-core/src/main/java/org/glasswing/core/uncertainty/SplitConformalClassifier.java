package org.glasswing.core.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Split conformal classification (Vovk et al. 2005; Angelopoulos and Bates 2023): non-conformity
 * scores of the actual classes of calibration rows the model did not learn from set a threshold,
 * the {@link ConformalQuantile finite-sample quantile}; a new row's prediction set holds every
 * class whose score is at most the threshold, equivalently whose conformal p-value exceeds alpha.
 * On exchangeable data the set holds the actual class with probability at least {@code 1 - alpha}.
 * The Mondrian (class-conditional) variant calibrates each class on its own rows, so that the
 * guarantee holds within every class. Immutable.
 */
public final class SplitConformalClassifier {

  /** The RAPS penalty per class when none is given. */
  public static final double DEFAULT_RAPS_LAMBDA = 0.01;

  /** The number of classes RAPS leaves unpenalised when none is given. */
  public static final int DEFAULT_RAPS_K = 1;

  /**
   * How to calibrate.
   *
   * @param alpha the miscoverage level, in (0, 1)
   * @param score the non-conformity score
   * @param mondrian whether to calibrate each class separately
   * @param rapsLambda the RAPS penalty, non-negative
   * @param rapsK the number of classes RAPS does not penalise, non-negative
   */
  public record Settings(
      double alpha, ConformalScore score, boolean mondrian, double rapsLambda, int rapsK) {

    /**
     * Checks the settings.
     *
     * @param alpha the level
     * @param score the score
     * @param mondrian class-conditional or not
     * @param rapsLambda the RAPS penalty
     * @param rapsK the RAPS unpenalised classes
     */
    public Settings {
      ConformalQuantile.checkAlpha(alpha);
      if (score == null) {
        throw new IllegalArgumentException("a conformal score is needed");
      }
      if (!(rapsLambda >= 0) || Double.isInfinite(rapsLambda)) {
        throw new IllegalArgumentException(
            "the RAPS penalty must be a non-negative number, got " + rapsLambda);
      }
      if (rapsK < 0) {
        throw new IllegalArgumentException("the RAPS k must not be negative, got " + rapsK);
      }
    }

    /**
     * Settings with the default RAPS parameters.
     *
     * @param alpha the level
     * @param score the score
     * @param mondrian class-conditional or not
     * @return the settings
     */
    public static Settings of(double alpha, ConformalScore score, boolean mondrian) {
      return new Settings(alpha, score, mondrian, DEFAULT_RAPS_LAMBDA, DEFAULT_RAPS_K);
    }
  }

  private final Settings settings;
  private final List<String> labels;
  private final double[][] sortedScores; // per group: one group, or one per class
  private final double[] thresholds;

  private SplitConformalClassifier(
      Settings settings, List<String> labels, double[][] sortedScores, double[] thresholds) {
    this.settings = settings;
    this.labels = List.copyOf(labels);
    this.sortedScores = sortedScores;
    this.thresholds = thresholds;
  }

  /**
   * Calibrates on held-out predictions.
   *
   * @param calibration predictions the model did not learn from, with actual classes
   * @param settings the level, score and variant
   * @return the calibrated classifier
   * @throws IllegalArgumentException if there are fewer calibration rows than {@code 1/alpha} (in
   *     the Mondrian variant: in some class)
   */
  public static SplitConformalClassifier calibrate(
      ClassPredictions calibration, Settings settings) {
    int k = calibration.numClasses();
    int n = calibration.size();
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = score(settings, calibration.probabilities(i), calibration.actual(i));
    }
    double[][] groups;
    if (settings.mondrian()) {
      groups = new double[k][];
      for (int c = 0; c < k; c++) {
        final int cls = c;
        groups[c] =
            java.util.stream.IntStream.range(0, n)
                .filter(i -> calibration.actual(i) == cls)
                .mapToDouble(i -> scores[i])
                .toArray();
      }
    } else {
      groups = new double[][] {scores};
    }
    double[] thresholds = new double[groups.length];
    for (int g = 0; g < groups.length; g++) {
      Arrays.sort(groups[g]);
      try {
        thresholds[g] = groups[g][ConformalQuantile.rank(groups[g].length, settings.alpha()) - 1];
      } catch (IllegalArgumentException e) {
        throw settings.mondrian()
            ? new IllegalArgumentException(
                "Mondrian conformal prediction calibrates each class on its own rows: class '"
                    + calibration.labels().get(g)
                    + "': "
                    + e.getMessage(),
                e)
            : e;
      }
    }
    return new SplitConformalClassifier(settings, calibration.labels(), groups, thresholds);
  }

  private static double score(Settings s, double[] p, int y) {
    return s.score().score(p, y, s.rapsLambda(), s.rapsK());
  }

  /**
   * The settings calibrated with.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * The score threshold of a class: candidates scoring at most this are in the set.
   *
   * @param c the class index
   * @return the threshold (the same for every class unless Mondrian)
   */
  public double threshold(int c) {
    return thresholds[settings.mondrian() ? c : 0];
  }

  /**
   * The prediction set of one row.
   *
   * @param probabilities the model's class probabilities for the row
   * @return the set and the p-value of every class
   */
  public PredictionSet predict(double[] probabilities) {
    double[] p = ClassPredictions.normalised(probabilities, labels.size(), 0);
    List<Integer> members = new ArrayList<>();
    List<Double> pValues = new ArrayList<>();
    for (int c = 0; c < p.length; c++) {
      double s = score(settings, p, c);
      double[] group = sortedScores[settings.mondrian() ? c : 0];
      pValues.add(ConformalQuantile.pValue(group, s));
      if (s <= threshold(c)) {
        members.add(c);
      }
    }
    return new PredictionSet(members, pValues);
  }

  /**
   * The prediction sets of many rows.
   *
   * @param probabilities one probability vector per row
   * @return one set per row, in order
   */
  public List<PredictionSet> predict(double[][] probabilities) {
    List<PredictionSet> sets = new ArrayList<>(probabilities.length);
    for (double[] p : probabilities) {
      sets.add(predict(p));
    }
    return sets;
  }

  /**
   * Predicts sets for rows with known classes and measures them.
   *
   * @param test predictions with actual classes, not used in calibration
   * @return coverage, set sizes and coverage per class
   */
  public ConformalSummary evaluate(ClassPredictions test) {
    return ConformalSummary.of(
        predict(test.probabilities()), test.actual(), labels, settings.alpha());
  }
}
