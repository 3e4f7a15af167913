package org.glasswing.core.sanity;

import java.util.ArrayList;
import java.util.List;

/**
 * Agreement between two methods' explanations of the same rows over the top-k features (Krishna et
 * al. 2022, "The disagreement problem in explainable machine learning"), each averaged over rows:
 *
 * <ul>
 *   <li>feature agreement: the share of the k top features (by absolute attribution) both share;
 *   <li>rank agreement: the share of the k ranks at which both put the same feature;
 *   <li>sign agreement: the share of the k top features both share with the same sign;
 *   <li>signed rank agreement: the share of the k ranks at which both put the same feature with the
 *       same sign.
 * </ul>
 *
 * @param methodA the first method's name
 * @param methodB the second method's name
 * @param featureAgreement the feature agreement
 * @param rankAgreement the rank agreement
 * @param signAgreement the sign agreement
 * @param signedRankAgreement the signed rank agreement
 */
public record Agreement(
    String methodA,
    String methodB,
    double featureAgreement,
    double rankAgreement,
    double signAgreement,
    double signedRankAgreement) {

  /** The measure names, in the order of the record's values. */
  public static final List<String> MEASURES =
      List.of("feature-agreement", "rank-agreement", "sign-agreement", "signed-rank-agreement");

  /**
   * The values in the order of {@link #MEASURES}.
   *
   * @return four values from 0 to 1
   */
  public double[] values() {
    return new double[] {featureAgreement, rankAgreement, signAgreement, signedRankAgreement};
  }

  /**
   * Compares two methods.
   *
   * @param methodA the first method's name
   * @param a its attributions, one vector per row
   * @param methodB the second method's name
   * @param b its attributions of the same rows
   * @param k the number of top features, from 1 to the number of features
   * @return the agreement
   */
  public static Agreement of(String methodA, double[][] a, String methodB, double[][] b, int k) {
    if (a.length != b.length || a.length == 0) {
      throw new IllegalArgumentException(
          "need explanations of the same rows, got " + a.length + " and " + b.length);
    }
    double[] sums = new double[4];
    for (int r = 0; r < a.length; r++) {
      if (a[r].length != b[r].length) {
        throw new IllegalArgumentException("explanations differ in their number of features");
      }
      int[] ta = Similarity.topK(a[r], k);
      int[] tb = Similarity.topK(b[r], k);
      for (int i = 0; i < k; i++) {
        int f = ta[i];
        boolean sameSign = Math.signum(a[r][f]) == Math.signum(b[r][f]);
        boolean inB = false;
        for (int j = 0; j < k; j++) {
          inB |= tb[j] == f;
        }
        if (inB) {
          sums[0]++;
          if (sameSign) {
            sums[2]++;
          }
        }
        if (tb[i] == f) {
          sums[1]++;
          if (sameSign) {
            sums[3]++;
          }
        }
      }
    }
    double scale = (double) k * a.length;
    return new Agreement(
        methodA, methodB, sums[0] / scale, sums[1] / scale, sums[2] / scale, sums[3] / scale);
  }

  /**
   * Compares every pair of methods.
   *
   * @param methods the methods' names
   * @param attributions each method's attributions of the same rows
   * @param k the number of top features
   * @return one agreement per pair, in the order (0,1), (0,2), ..., (1,2), ...
   */
  public static List<Agreement> matrix(List<String> methods, List<double[][]> attributions, int k) {
    if (methods.size() != attributions.size() || methods.size() < 2) {
      throw new IllegalArgumentException("the agreement matrix needs at least 2 methods");
    }
    List<Agreement> pairs = new ArrayList<>();
    for (int i = 0; i < methods.size(); i++) {
      for (int j = i + 1; j < methods.size(); j++) {
        pairs.add(of(methods.get(i), attributions.get(i), methods.get(j), attributions.get(j), k));
      }
    }
    return pairs;
  }
}
