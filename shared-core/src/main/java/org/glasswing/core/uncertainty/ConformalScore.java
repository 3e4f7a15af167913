package org.glasswing.core.uncertainty;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * How non-conforming a candidate class is for a prediction (larger: less plausible). Classes are
 * ranked by probability, highest first, ties broken by class index.
 */
public enum ConformalScore {
  /** Least ambiguous set-valued classifier (Sadinle et al. 2019): {@code 1 - p_y}. */
  LAC,
  /**
   * Adaptive prediction sets (Romano et al. 2020), non-randomised: the total probability of the
   * classes ranked up to and including y.
   */
  APS,
  /**
   * Regularised adaptive prediction sets (Angelopoulos et al. 2021): the APS score plus {@code
   * lambda * max(0, rank(y) - kReg)}, rank 1-based.
   */
  RAPS;

  /**
   * The score of a class.
   *
   * @param p the class probabilities
   * @param y the candidate class
   * @param lambda the RAPS penalty per class beyond {@code kReg}
   * @param kReg the number of classes RAPS does not penalise
   * @return the non-conformity score
   */
  public double score(double[] p, int y, double lambda, int kReg) {
    if (this == LAC) {
      return 1 - p[y];
    }
    Integer[] order = new Integer[p.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer c) -> -p[c]).thenComparingInt(c -> c));
    double cumulative = 0;
    int rank = 0;
    for (int c : order) {
      cumulative += p[c];
      rank++;
      if (c == y) {
        break;
      }
    }
    return this == APS ? cumulative : cumulative + lambda * Math.max(0, rank - kReg);
  }

  /**
   * Reads a score's name.
   *
   * @param name {@code lac}, {@code aps} or {@code raps}, in any case
   * @return the score
   * @throws IllegalArgumentException for another name
   */
  public static ConformalScore parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown conformal score '" + name + "'; use lac, aps or raps", e);
    }
  }
}
