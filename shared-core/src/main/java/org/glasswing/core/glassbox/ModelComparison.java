package org.glasswing.core.glassbox;

import java.util.Locale;

/**
 * Two models compared on the same held-out rows: each one's accuracy (or root mean squared error
 * for a numeric target) and their fidelity, the share of rows where the glass box predicts the
 * black box's class (for a numeric target: the R² of the glass box's predictions against the black
 * box's).
 *
 * @param rows the rows compared
 * @param nominal whether the target is a class
 * @param blackBox the black box's accuracy or RMSE
 * @param glassBox the glass box's accuracy or RMSE
 * @param fidelity the agreement share or R²
 */
public record ModelComparison(
    int rows, boolean nominal, double blackBox, double glassBox, double fidelity) {

  /**
   * Compares predictions.
   *
   * @param blackBox the black box's class distributions (or one predicted value) per row
   * @param glassBox the glass box's, for the same rows
   * @param actual each row's actual class index or value
   * @param nominal whether the target is a class
   * @return the comparison
   */
  public static ModelComparison of(
      double[][] blackBox, double[][] glassBox, double[] actual, boolean nominal) {
    int n = actual.length;
    if (blackBox.length != n || glassBox.length != n || n == 0) {
      throw new IllegalArgumentException("both models need a prediction for every row");
    }
    if (nominal) {
      int rightB = 0;
      int rightG = 0;
      int agree = 0;
      for (int r = 0; r < n; r++) {
        int b = argmax(blackBox[r]);
        int g = argmax(glassBox[r]);
        rightB += b == (int) actual[r] ? 1 : 0;
        rightG += g == (int) actual[r] ? 1 : 0;
        agree += b == g ? 1 : 0;
      }
      return new ModelComparison(
          n, true, (double) rightB / n, (double) rightG / n, (double) agree / n);
    }
    double seB = 0;
    double seG = 0;
    double mean = 0;
    for (int r = 0; r < n; r++) {
      mean += blackBox[r][0] / n;
    }
    double residual = 0;
    double total = 0;
    for (int r = 0; r < n; r++) {
      seB += Math.pow(blackBox[r][0] - actual[r], 2);
      seG += Math.pow(glassBox[r][0] - actual[r], 2);
      residual += Math.pow(glassBox[r][0] - blackBox[r][0], 2);
      total += Math.pow(blackBox[r][0] - mean, 2);
    }
    return new ModelComparison(
        n, false, Math.sqrt(seB / n), Math.sqrt(seG / n), total == 0 ? 1 : 1 - residual / total);
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) {
      if (p[i] > p[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The comparison in plain words.
   *
   * @param blackBoxName the black box's name
   * @return one sentence
   */
  public String verdict(String blackBoxName) {
    String name = blackBoxName.substring(blackBoxName.lastIndexOf('.') + 1);
    if (nominal) {
      double gap = (blackBox - glassBox) * 100;
      return String.format(
          Locale.ROOT,
          "the glass box is right on %.1f %% of held-out rows, %s on %.1f %% (%s %.1f points);"
              + " it predicts %s's class on %.1f %% of rows.",
          glassBox * 100,
          name,
          blackBox * 100,
          gap >= 0 ? "behind by" : "ahead by",
          Math.abs(gap),
          name,
          fidelity * 100);
    }
    return String.format(
        Locale.ROOT,
        "held-out RMSE %.4g for the glass box against %.4g for %s; it explains %.1f %% of the"
            + " variation of %s's predictions (R²).",
        glassBox,
        blackBox,
        name,
        fidelity * 100,
        name);
  }
}
