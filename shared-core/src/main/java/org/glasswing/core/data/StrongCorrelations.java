package org.glasswing.core.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The pairs of numeric input features that are strongly correlated (Pearson's r over the rows where
 * both are known). Interventional Shapley values, partial dependence and permutation importance
 * then evaluate rows unlike any real one (a short duration with a huge amount), so the report warns
 * about them.
 */
public final class StrongCorrelations {

  /** |r| from which a pair counts as strongly correlated. */
  public static final double STRONG = 0.8;

  /**
   * One correlated pair.
   *
   * @param first the first feature's name
   * @param second the second feature's name
   * @param r Pearson's correlation, -1 to 1
   */
  public record Pair(String first, String second, double r) {}

  private StrongCorrelations() {}

  /**
   * The pairs of numeric input features with |r| at least {@value #STRONG}, strongest first.
   *
   * @param data the rows
   * @return the pairs, possibly empty
   */
  public static List<Pair> of(Dataset data) {
    Schema schema = data.schema();
    List<Integer> numeric = new ArrayList<>();
    for (int c = 0; c < schema.features().size(); c++) {
      if (!schema.feature(c).isNominal() && c != schema.targetIndex()) {
        numeric.add(c);
      }
    }
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < numeric.size(); i++) {
      for (int j = i + 1; j < numeric.size(); j++) {
        double r = pearson(data.column(numeric.get(i)), data.column(numeric.get(j)));
        if (Math.abs(r) >= STRONG) {
          pairs.add(
              new Pair(
                  schema.feature(numeric.get(i)).name(), schema.feature(numeric.get(j)).name(), r));
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(Math.abs(b.r()), Math.abs(a.r())));
    return pairs;
  }

  /** Pearson's r over the positions where both values are known; 0 when either is constant. */
  static double pearson(double[] x, double[] y) {
    double n = 0;
    double sx = 0;
    double sy = 0;
    for (int k = 0; k < x.length; k++) {
      if (!Double.isNaN(x[k]) && !Double.isNaN(y[k])) {
        n++;
        sx += x[k];
        sy += y[k];
      }
    }
    if (n < 3) {
      return 0;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (int k = 0; k < x.length; k++) {
      if (!Double.isNaN(x[k]) && !Double.isNaN(y[k])) {
        sxx += (x[k] - mx) * (x[k] - mx);
        syy += (y[k] - my) * (y[k] - my);
        sxy += (x[k] - mx) * (y[k] - my);
      }
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  }
}
