package org.glasswing.core.fairness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.PredictionSet;

/**
 * Whether a classifier treats the groups of a protected attribute differently, measured on
 * out-of-sample predictions: per group accuracy, selection rate, true and false positive rates,
 * calibration error and conformal coverage, and the gaps that demographic parity, equal opportunity
 * and equalised odds bound, each with a bias-corrected percentile bootstrap interval. The bootstrap
 * resamples rows with replacement within each group, so group sizes stay as observed; a gap's two
 * groups are the highest and lowest on the rows as they are, and stay fixed in every resample. A
 * group's calibration error comes without an interval (resampling inflates it); instead the result
 * gives the error a perfectly calibrated model would reach on that group by chance.
 *
 * <p>References: Hardt, Price and Srebro (2016), Equality of opportunity in supervised learning,
 * NeurIPS; Feldman et al. (2015), Certifying and removing disparate impact, KDD; Efron and
 * Tibshirani (1993), An introduction to the bootstrap.
 */
public final class FairnessAudit {

  /**
   * How the audit measures.
   *
   * @param positive the index of the positive (favourable) class
   * @param bins the bins of the calibration error
   * @param replicates bootstrap resamples; 0 for no intervals
   * @param level the intervals' confidence level, in (0, 1)
   * @param seed the seed of the resampling
   */
  public record Settings(int positive, int bins, int replicates, double level, long seed) {

    /**
     * Checks the settings.
     *
     * @param positive the positive class
     * @param bins the bins
     * @param replicates the resamples
     * @param level the level
     * @param seed the seed
     */
    public Settings {
      if (bins < 1) {
        throw new IllegalArgumentException("the number of bins must be at least 1, got " + bins);
      }
      if (replicates < 0) {
        throw new IllegalArgumentException("replicates must be 0 or more, got " + replicates);
      }
      if (!(level > 0 && level < 1)) {
        throw new IllegalArgumentException("the level must be between 0 and 1, got " + level);
      }
    }
  }

  private final ClassPredictions predictions;
  private final List<PredictionSet> sets;
  private final double alpha;
  private final Settings settings;

  /**
   * Prepares an audit of some predictions.
   *
   * @param predictions out-of-sample predictions with their actual classes
   * @param sets the conformal prediction set of each row, or null to leave coverage out
   * @param alpha the miscoverage the sets were made for (their target coverage is {@code 1 -
   *     alpha}); ignored without sets
   * @param settings how to measure
   */
  public FairnessAudit(
      ClassPredictions predictions, List<PredictionSet> sets, double alpha, Settings settings) {
    this.predictions = Objects.requireNonNull(predictions, "predictions");
    this.settings = Objects.requireNonNull(settings, "settings");
    if (settings.positive() < 0 || settings.positive() >= predictions.numClasses()) {
      throw new IllegalArgumentException(
          "positive class index " + settings.positive() + " outside the classes");
    }
    if (sets != null && sets.size() != predictions.size()) {
      throw new IllegalArgumentException(
          sets.size() + " prediction sets for " + predictions.size() + " predictions");
    }
    this.sets = sets == null ? null : List.copyOf(sets);
    this.alpha = sets == null ? Double.NaN : alpha;
  }

  /**
   * Audits one protected attribute.
   *
   * @param groups the attribute's groups, one per prediction row
   * @param cancel checked between resamples
   * @return the per-group table, the gaps and the verdict
   */
  public FairnessResult audit(ProtectedGroups groups, CancellationToken cancel) {
    if (groups.numRows() != predictions.size()) {
      throw new IllegalArgumentException(
          "groups for " + groups.numRows() + " rows, predictions for " + predictions.size());
    }
    int k = groups.size();
    int[][] members = new int[k][];
    for (int g = 0; g < k; g++) {
      members[g] = groups.rows(g);
    }
    GroupRates[] observed = rates(groups, members);
    List<GapPair> pairs = gapPairs(observed);
    int b = settings.replicates();
    double[][][] groupDraws = new double[GroupMetric.values().length][k][b];
    double[][] gapDraws = new double[pairs.size()][b];
    SplittableRandom random = new SplittableRandom(settings.seed());
    for (int rep = 0; rep < b; rep++) {
      cancel.throwIfCancelled();
      int[][] sample = new int[k][];
      for (int g = 0; g < k; g++) {
        int[] rows = members[g];
        sample[g] = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
          sample[g][i] = rows[random.nextInt(rows.length)];
        }
      }
      GroupRates[] drawn = rates(groups, sample);
      for (GroupMetric m : GroupMetric.values()) {
        for (int g = 0; g < k; g++) {
          groupDraws[m.ordinal()][g][rep] = drawn[g].value(m);
        }
      }
      for (int p = 0; p < pairs.size(); p++) {
        gapDraws[p][rep] = pairs.get(p).gap(drawn);
      }
    }
    List<GroupEstimate> table = new ArrayList<>();
    for (GroupMetric m : GroupMetric.values()) {
      if (m == GroupMetric.CONFORMAL_COVERAGE && sets == null) {
        continue;
      }
      for (int g = 0; g < k; g++) {
        double value = observed[g].value(m);
        // resampling inflates a calibration error, so its bootstrap interval would not hold the
        // observed value; the result carries the error reachable by chance instead
        double[] draws =
            m == GroupMetric.CALIBRATION_ERROR ? new double[0] : groupDraws[m.ordinal()][g];
        table.add(
            new GroupEstimate(
                m, groups.labels().get(g), observed[g].rows(), estimate(value, draws)));
      }
    }
    List<GroupGap> gaps = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      GapPair pair = pairs.get(p);
      gaps.add(
          new GroupGap(
              pair.metric,
              groups.labels().get(pair.high),
              groups.labels().get(pair.low),
              estimate(pair.gap(observed), gapDraws[p])));
    }
    List<Double> noise = new ArrayList<>();
    for (int g = 0; g < k; g++) {
      noise.add(calibrationNoise(members[g], random));
    }
    String positive = predictions.labels().get(settings.positive());
    return new FairnessResult(
        groups.attribute(),
        positive,
        settings.level(),
        1 - alpha,
        List.of(observed),
        noise,
        table,
        gaps);
  }

  /**
   * The calibration error a perfectly calibrated model would show on this group by chance: the
   * {@code level} quantile of the error when each row's class is drawn from its own predicted
   * probabilities (consistency resampling, Broecker and Smith 2007). Small groups and many bins
   * make it large.
   */
  private double calibrationNoise(int[] rows, SplittableRandom random) {
    int b = settings.replicates();
    if (b == 0) {
      return Double.NaN;
    }
    ClassPredictions group = predictions.select(rows);
    double[][] p = group.probabilities();
    double[] errors = new double[b];
    for (int rep = 0; rep < b; rep++) {
      int[] drawn = new int[p.length];
      for (int i = 0; i < p.length; i++) {
        double u = random.nextDouble();
        int c = 0;
        double cumulative = p[i][0];
        while (u > cumulative && c < p[i].length - 1) {
          c++;
          cumulative += p[i][c];
        }
        drawn[i] = c;
      }
      errors[rep] =
          org.glasswing.core.uncertainty.CalibrationMetrics.of(
                  new ClassPredictions(group.labels(), p, drawn), settings.bins())
              .ece();
    }
    java.util.Arrays.sort(errors);
    return ProtectedGroups.quantile(errors, settings.level());
  }

  private GroupRates[] rates(ProtectedGroups groups, int[][] members) {
    GroupRates[] out = new GroupRates[members.length];
    for (int g = 0; g < members.length; g++) {
      out[g] =
          GroupRates.of(
              groups.labels().get(g),
              members[g],
              predictions,
              settings.positive(),
              sets,
              settings.bins());
    }
    return out;
  }

  private Estimate estimate(double value, double[] draws) {
    return BootstrapInterval.of(value, draws, settings.level());
  }

  /** A gap's metric and the groups it compares, chosen on the observed rates. */
  private static final class GapPair {
    final GapMetric metric;
    final int high;
    final int low;
    final int highFalse;
    final int lowFalse;

    GapPair(GapMetric metric, int high, int low, int highFalse, int lowFalse) {
      this.metric = metric;
      this.high = high;
      this.low = low;
      this.highFalse = highFalse;
      this.lowFalse = lowFalse;
    }

    double gap(GroupRates[] r) {
      double hi = r[high].value(metric.rate());
      double lo = r[low].value(metric.rate());
      return switch (metric) {
        case DEMOGRAPHIC_PARITY_DIFFERENCE,
                EQUAL_OPPORTUNITY_DIFFERENCE,
                FALSE_POSITIVE_RATE_DIFFERENCE ->
            hi - lo;
        case DEMOGRAPHIC_PARITY_RATIO -> hi == 0 ? (lo == 0 ? 1 : Double.NaN) : lo / hi;
        case EQUALISED_ODDS_DIFFERENCE -> {
          double fpr =
              r[highFalse].value(GroupMetric.FALSE_POSITIVE_RATE)
                  - r[lowFalse].value(GroupMetric.FALSE_POSITIVE_RATE);
          yield Math.max(hi - lo, fpr);
        }
      };
    }
  }

  private static List<GapPair> gapPairs(GroupRates[] observed) {
    Map<GroupMetric, int[]> extremes = new EnumMap<>(GroupMetric.class);
    for (GroupMetric m :
        List.of(
            GroupMetric.SELECTION_RATE,
            GroupMetric.TRUE_POSITIVE_RATE,
            GroupMetric.FALSE_POSITIVE_RATE)) {
      int[] e = extremes(observed, m);
      if (e != null) {
        extremes.put(m, e);
      }
    }
    List<GapPair> pairs = new ArrayList<>();
    int[] sel = extremes.get(GroupMetric.SELECTION_RATE);
    pairs.add(new GapPair(GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE, sel[0], sel[1], 0, 0));
    pairs.add(new GapPair(GapMetric.DEMOGRAPHIC_PARITY_RATIO, sel[0], sel[1], 0, 0));
    int[] tpr = extremes.get(GroupMetric.TRUE_POSITIVE_RATE);
    int[] fpr = extremes.get(GroupMetric.FALSE_POSITIVE_RATE);
    if (tpr != null) {
      pairs.add(new GapPair(GapMetric.EQUAL_OPPORTUNITY_DIFFERENCE, tpr[0], tpr[1], 0, 0));
    }
    if (fpr != null) {
      pairs.add(new GapPair(GapMetric.FALSE_POSITIVE_RATE_DIFFERENCE, fpr[0], fpr[1], 0, 0));
      if (tpr != null) {
        pairs.add(new GapPair(GapMetric.EQUALISED_ODDS_DIFFERENCE, tpr[0], tpr[1], fpr[0], fpr[1]));
      }
    }
    return pairs;
  }

  /** The groups with the highest and the lowest defined rate, or null if fewer than two. */
  private static int[] extremes(GroupRates[] observed, GroupMetric m) {
    int high = -1;
    int low = -1;
    int defined = 0;
    for (int g = 0; g < observed.length; g++) {
      double v = observed[g].value(m);
      if (Double.isNaN(v)) {
        continue;
      }
      defined++;
      if (high < 0 || v > observed[high].value(m)) {
        high = g;
      }
      if (low < 0 || v < observed[low].value(m)) {
        low = g;
      }
    }
    if (defined < 2) {
      return null;
    }
    if (high == low) {
      low = 0;
      while (low == high || Double.isNaN(observed[low].value(m))) {
        low++;
      }
    }
    return new int[] {high, low};
  }
}
