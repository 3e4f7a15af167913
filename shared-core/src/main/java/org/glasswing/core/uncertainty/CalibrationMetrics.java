package org.glasswing.core.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well predicted probabilities match observed frequencies, for predictions the model did not
 * learn from. With n rows, top-label confidence {@code c_i = max_k p_ik}, prediction {@code
 * argmax_k p_ik} and B bins:
 *
 * <ul>
 *   <li>{@code accuracy}: the share of rows whose predicted class is the actual one;
 *   <li>{@code ece} (expected calibration error, equal-width bins): the bins split [0, 1] into B
 *       equal intervals {@code [b/B, (b+1)/B)} (the last one closed); {@code ECE = sum_b (n_b / n)
 *       |acc_b - conf_b|}, where {@code acc_b} and {@code conf_b} are the accuracy and the mean
 *       confidence of the rows in bin b (Guo et al. 2017);
 *   <li>{@code eceEqualMass}: the same sum over B bins holding (as nearly as possible) equally many
 *       rows, rows sorted by confidence: bin b holds sorted rows {@code floor(b n / B)} to {@code
 *       floor((b+1) n / B) - 1} (Nixon et al. 2019);
 *   <li>{@code mce} (maximum calibration error): the largest {@code |acc_b - conf_b|} over the
 *       non-empty equal-width bins;
 *   <li>{@code classwiseEce}: for each class k, the equal-width ECE of the probability {@code p_ik}
 *       against the indicator {@code y_i = k}; averaged over the classes (Kull et al. 2019);
 *   <li>{@code brier}: the mean over rows of {@code sum_k (p_ik - [y_i = k])^2}, from 0 (perfect)
 *       to 2 (this multiclass form is twice the binary Brier score for two classes);
 *   <li>{@code nll}: the mean of {@code -ln max(p_i,y_i, }{@value #NLL_CLAMP}{@code )}: the
 *       probability of the actual class is clamped from below so that one zero does not make the
 *       mean infinite.
 * </ul>
 *
 * @param rows the number of rows measured
 * @param accuracy the share predicted correctly
 * @param ece the equal-width expected calibration error
 * @param eceEqualMass the equal-mass expected calibration error
 * @param mce the maximum calibration error over equal-width bins
 * @param classwiseEce the class-wise expected calibration error
 * @param brier the multiclass Brier score
 * @param nll the mean negative log-likelihood of the actual class, clamped
 * @param reliability the equal-width bins, all B of them, empty ones included
 */
public record CalibrationMetrics(
    int rows,
    double accuracy,
    double ece,
    double eceEqualMass,
    double mce,
    double classwiseEce,
    double brier,
    double nll,
    List<ReliabilityBin> reliability) {

  /** The default number of bins. */
  public static final int DEFAULT_BINS = 15;

  /** The smallest probability of the actual class the negative log-likelihood uses. */
  public static final double NLL_CLAMP = 1e-15;

  /**
   * Copies the bins.
   *
   * @param rows the number of rows
   * @param accuracy the accuracy
   * @param ece the equal-width ECE
   * @param eceEqualMass the equal-mass ECE
   * @param mce the MCE
   * @param classwiseEce the class-wise ECE
   * @param brier the Brier score
   * @param nll the negative log-likelihood
   * @param reliability the equal-width bins
   */
  public CalibrationMetrics {
    reliability = List.copyOf(reliability);
  }

  /**
   * Measures predictions.
   *
   * @param predictions the out-of-sample predictions with their actual classes
   * @param bins the number of bins B, at least 1
   * @return the metrics
   * @throws IllegalArgumentException if {@code bins < 1}
   */
  public static CalibrationMetrics of(ClassPredictions predictions, int bins) {
    if (bins < 1) {
      throw new IllegalArgumentException("the number of bins must be at least 1, got " + bins);
    }
    int n = predictions.size();
    int k = predictions.numClasses();
    double[] confidence = new double[n];
    boolean[] correct = new boolean[n];
    double hits = 0;
    double brier = 0;
    double nll = 0;
    for (int i = 0; i < n; i++) {
      double[] p = predictions.probabilities(i);
      int y = predictions.actual(i);
      int predicted = PredictiveScores.argmax(p);
      confidence[i] = p[predicted];
      correct[i] = predicted == y;
      hits += correct[i] ? 1 : 0;
      for (int c = 0; c < k; c++) {
        double d = p[c] - (c == y ? 1 : 0);
        brier += d * d;
      }
      nll -= Math.log(Math.max(p[y], NLL_CLAMP));
    }
    List<ReliabilityBin> reliability = equalWidth(confidence, correct, bins);
    double ece = 0;
    double mce = 0;
    for (ReliabilityBin bin : reliability) {
      if (bin.count() > 0) {
        ece += bin.count() * bin.gap() / n;
        mce = Math.max(mce, bin.gap());
      }
    }
    double classwise = 0;
    for (int c = 0; c < k; c++) {
      double[] pc = new double[n];
      boolean[] isC = new boolean[n];
      for (int i = 0; i < n; i++) {
        pc[i] = predictions.probabilities(i)[c];
        isC[i] = predictions.actual(i) == c;
      }
      classwise += weightedGap(equalWidth(pc, isC, bins), n);
    }
    return new CalibrationMetrics(
        n,
        hits / n,
        ece,
        weightedGap(equalMass(confidence, correct, bins), n),
        mce,
        classwise / k,
        brier / n,
        nll / n,
        reliability);
  }

  /**
   * Measures predictions with {@value #DEFAULT_BINS} bins.
   *
   * @param predictions the out-of-sample predictions with their actual classes
   * @return the metrics
   */
  public static CalibrationMetrics of(ClassPredictions predictions) {
    return of(predictions, DEFAULT_BINS);
  }

  private static double weightedGap(List<ReliabilityBin> bins, int n) {
    double sum = 0;
    for (ReliabilityBin bin : bins) {
      if (bin.count() > 0) {
        sum += bin.count() * bin.gap() / n;
      }
    }
    return sum;
  }

  /**
   * Equal-width bins over [0, 1] of some scores and whether each row's event happened.
   *
   * @param score the scores, in [0, 1]
   * @param event whether the event happened for each row
   * @param bins the number of bins
   * @return the bins, empty ones included
   */
  static List<ReliabilityBin> equalWidth(double[] score, boolean[] event, int bins) {
    int[] count = new int[bins];
    double[] sum = new double[bins];
    double[] hits = new double[bins];
    for (int i = 0; i < score.length; i++) {
      int b = Math.min(bins - 1, (int) Math.floor(score[i] * bins));
      count[b]++;
      sum[b] += score[i];
      hits[b] += event[i] ? 1 : 0;
    }
    List<ReliabilityBin> result = new ArrayList<>(bins);
    for (int b = 0; b < bins; b++) {
      result.add(
          new ReliabilityBin(
              (double) b / bins,
              (double) (b + 1) / bins,
              count[b],
              count[b] == 0 ? Double.NaN : sum[b] / count[b],
              count[b] == 0 ? Double.NaN : hits[b] / count[b]));
    }
    return result;
  }

  /**
   * Equal-mass bins: rows sorted by score and cut into {@code bins} runs of nearly equal length.
   *
   * @param score the scores
   * @param event whether the event happened for each row
   * @param bins the number of bins
   * @return the non-empty bins, each spanning its lowest to highest score
   */
  static List<ReliabilityBin> equalMass(double[] score, boolean[] event, int bins) {
    int n = score.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
    List<ReliabilityBin> result = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) b * n / bins);
      int to = (int) ((long) (b + 1) * n / bins);
      if (to <= from) {
        continue;
      }
      double sum = 0;
      double hits = 0;
      for (int j = from; j < to; j++) {
        sum += score[order[j]];
        hits += event[order[j]] ? 1 : 0;
      }
      int count = to - from;
      result.add(
          new ReliabilityBin(
              score[order[from]], score[order[to - 1]], count, sum / count, hits / count));
    }
    return result;
  }
}
