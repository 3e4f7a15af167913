package org.glasswing.core.sanity;

import java.util.List;

/**
 * Deletion curves averaged over rows, their areas, the symmetric relevance gain and a verdict; see
 * {@link DeletionCurves}. Curve arrays have n + 1 points: the explained output after removing 0, 1,
 * ..., n features. Immutable.
 */
public final class DeletionCurveResult {

  private final String method;
  private final double[] mif;
  private final double[] lif;
  private final double[] random;
  private final double[] randomSpread;
  private final double randomAucSpread;

  private DeletionCurveResult(
      String method,
      double[] mif,
      double[] lif,
      double[] random,
      double[] randomSpread,
      double randomAucSpread) {
    this.method = method;
    this.mif = mif;
    this.lif = lif;
    this.random = random;
    this.randomSpread = randomSpread;
    this.randomAucSpread = randomAucSpread;
  }

  /**
   * Averages per-row curves.
   *
   * @param method the explainer's name
   * @param rows per row: the MIF curve, the LIF curve, then one curve per random order
   * @param randomOrders the number of random orders
   * @return the result
   */
  static DeletionCurveResult of(String method, List<double[][]> rows, int randomOrders) {
    int points = rows.get(0)[0].length;
    double[] mif = new double[points];
    double[] lif = new double[points];
    double[][] perOrder = new double[randomOrders][points];
    for (double[][] row : rows) {
      for (int k = 0; k < points; k++) {
        mif[k] += row[0][k] / rows.size();
        lif[k] += row[1][k] / rows.size();
        for (int o = 0; o < randomOrders; o++) {
          perOrder[o][k] += row[2 + o][k] / rows.size();
        }
      }
    }
    double[] random = new double[points];
    double[] spread = new double[points];
    for (int k = 0; k < points; k++) {
      double[] values = new double[randomOrders];
      for (int o = 0; o < randomOrders; o++) {
        values[o] = perOrder[o][k];
      }
      random[k] = mean(values);
      spread[k] = sd(values);
    }
    double[] aucs = new double[randomOrders];
    for (int o = 0; o < randomOrders; o++) {
      aucs[o] = auc(perOrder[o]);
    }
    return new DeletionCurveResult(method, mif, lif, random, spread, sd(aucs));
  }

  /**
   * The area under a curve over the share of features removed, by the trapezoid rule.
   *
   * @param curve n + 1 points, equally spaced from 0 to 1
   * @return the area
   */
  public static double auc(double[] curve) {
    int n = curve.length - 1;
    double area = 0;
    for (int k = 0; k < n; k++) {
      area += (curve[k] + curve[k + 1]) / 2;
    }
    return area / n;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double sd(double[] values) {
    double m = mean(values);
    double squares = 0;
    for (double v : values) {
      squares += (v - m) * (v - m);
    }
    return Math.sqrt(squares / (values.length - 1));
  }

  /**
   * The explainer's name.
   *
   * @return such as {@code exact-shapley}
   */
  public String method() {
    return method;
  }

  /**
   * The most-important-first curve.
   *
   * @return n + 1 points, a fresh array
   */
  public double[] mif() {
    return mif.clone();
  }

  /**
   * The least-important-first curve.
   *
   * @return n + 1 points, a fresh array
   */
  public double[] lif() {
    return lif.clone();
  }

  /**
   * The random-order curve, the mean over random orders.
   *
   * @return n + 1 points, a fresh array
   */
  public double[] random() {
    return random.clone();
  }

  /**
   * The spread of the random-order curve: the standard deviation over random orders of the
   * row-averaged curve.
   *
   * @return n + 1 points, a fresh array
   */
  public double[] randomSpread() {
    return randomSpread.clone();
  }

  /**
   * The area under the MIF curve.
   *
   * @return the area; lower is better
   */
  public double mifAuc() {
    return auc(mif);
  }

  /**
   * The area under the LIF curve.
   *
   * @return the area; higher is better
   */
  public double lifAuc() {
    return auc(lif);
  }

  /**
   * The area under the random-order curve.
   *
   * @return the mean area over random orders
   */
  public double randomAuc() {
    return auc(random);
  }

  /**
   * The spread of the random-order area: its standard deviation over random orders.
   *
   * @return the standard deviation
   */
  public double randomAucSpread() {
    return randomAucSpread;
  }

  /**
   * The symmetric relevance gain, AUC(LIF) − AUC(MIF).
   *
   * @return positive for an explanation that orders features by their effect on the output
   */
  public double srg() {
    return lifAuc() - mifAuc();
  }

  /**
   * The verdict: PASS when MIF lies more than one spread below the random baseline's area and LIF
   * more than one spread above it, FAIL when SRG is not positive, WARN otherwise.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    if (!(srg() > 0)) {
      return Verdict.FAIL;
    }
    double r = randomAuc();
    return mifAuc() < r - randomAucSpread && lifAuc() > r + randomAucSpread
        ? Verdict.PASS
        : Verdict.WARN;
  }

  /**
   * The verdict's reason in one sentence.
   *
   * @return plain words
   */
  public String reason() {
    return switch (verdict()) {
      case PASS ->
          "Removing the features it ranks first lowers the output faster than a random order,"
              + " and removing those it ranks last slower.";
      case WARN ->
          "It orders features better than its reverse, but not clearly better than a random"
              + " order.";
      case FAIL ->
          "Removing the features it ranks first does not lower the output faster than removing"
              + " those it ranks last.";
    };
  }
}
