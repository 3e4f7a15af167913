package org.glasswing.core.counterfactual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glasswing.core.data.RowDistance;

/**
 * The last step of a {@link CounterfactualJob}: from the valid candidates, a greedy choice of
 * {@code count} counterfactuals that are cheap (near the query, few inputs changed) and diverse
 * (first each changing a set of inputs no other chosen one changes), with their plausibility and
 * the mean distance between them.
 */
final class CounterfactualChoice {

  private final CounterfactualSearch search;
  private final CounterfactualSearch.Space space;
  private final RowDistance distance;
  private final double[] query;
  private final int desired;
  private final int inputs;

  CounterfactualChoice(
      CounterfactualSearch search, CounterfactualSearch.Space space, double[] query, int desired) {
    this.search = search;
    this.space = space;
    this.distance = search.distance();
    this.query = query;
    this.desired = desired;
    this.inputs = space.schema.inputIndices().length;
  }

  /**
   * Chooses the counterfactuals among the valid candidates of the last batch.
   *
   * @param batch the last batch of candidates
   * @param kept the candidates of the batch that are valid
   * @param outputs the model's outputs for the batch
   * @param current the query's current class
   * @param used the model evaluations used
   * @return the result
   */
  CounterfactualResult choose(
      double[][] batch, List<double[]> kept, double[][] outputs, int current, long used) {
    List<double[]> unique = new ArrayList<>();
    List<Double> probabilities = new ArrayList<>();
    List<Double> margins = new ArrayList<>();
    for (int i = 0; i < batch.length; i++) {
      double[] row = batch[i];
      if (kept.contains(row) && unique.stream().noneMatch(u -> Arrays.equals(u, row))) {
        unique.add(row);
        probabilities.add(outputs[i][desired]);
        margins.add(Counterfactual.marginOf(outputs[i], desired));
      }
    }
    List<Integer> chosen = new ArrayList<>();
    // First pass: each counterfactual changes a set of features no chosen one changes; second
    // pass: fill up with the rest.
    for (int pass = 0; pass < 2; pass++) {
      choose(unique, chosen, pass == 0);
    }
    List<Counterfactual> counterfactuals = new ArrayList<>();
    for (int c : chosen) {
      double[] row = unique.get(c);
      counterfactuals.add(
          new Counterfactual(
              row,
              probabilities.get(c),
              distance.between(query, row),
              changedCount(row),
              plausibility(row),
              margins.get(c)));
    }
    double diversity = Double.NaN;
    if (chosen.size() >= 2) {
      double total = 0;
      int pairs = 0;
      for (int a = 0; a < chosen.size(); a++) {
        for (int b = a + 1; b < chosen.size(); b++) {
          total += distance.between(unique.get(chosen.get(a)), unique.get(chosen.get(b)));
          pairs++;
        }
      }
      diversity = total / pairs;
    }
    return new CounterfactualResult(
        query, current, desired, counterfactuals, diversity, used, search.budget());
  }

  /** Greedy choice: lowest cost, then lowest cost minus the distance to those chosen. */
  private void choose(List<double[]> unique, List<Integer> chosen, boolean newFeatureSets) {
    while (chosen.size() < search.count()) {
      int best = -1;
      double bestScore = Double.POSITIVE_INFINITY;
      for (int c = 0; c < unique.size(); c++) {
        if (chosen.contains(c)) {
          continue;
        }
        double nearest = Double.POSITIVE_INFINITY;
        boolean sameFeatures = false;
        for (int s : chosen) {
          nearest = Math.min(nearest, distance.between(unique.get(c), unique.get(s)));
          sameFeatures |= changedColumns(unique.get(c)).equals(changedColumns(unique.get(s)));
        }
        if (newFeatureSets && sameFeatures) {
          continue;
        }
        double score = cost(unique.get(c)) - (chosen.isEmpty() ? 0 : nearest);
        if (score < bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best < 0) {
        return;
      }
      chosen.add(best);
    }
  }

  private java.util.Set<Integer> changedColumns(double[] candidate) {
    java.util.Set<Integer> columns = new java.util.TreeSet<>();
    for (int column : space.schema.inputIndices()) {
      if (!same(candidate[column], query[column])) {
        columns.add(column);
      }
    }
    return columns;
  }

  private double plausibility(double[] row) {
    int target = space.schema.targetIndex();
    double best = Double.NaN;
    for (double[] known : search.referenceRows()) {
      if (known[target] == desired) {
        double d = distance.between(row, known);
        best = Double.isNaN(best) ? d : Math.min(best, d);
      }
    }
    return best;
  }

  /**
   * What a candidate costs: its distance to the query plus half a point per input changed, over the
   * number of inputs.
   *
   * @param candidate the candidate row
   * @return the cost
   */
  double cost(double[] candidate) {
    return distance.between(query, candidate) + changedCount(candidate) / (2.0 * inputs);
  }

  /**
   * The number of inputs a candidate changes.
   *
   * @param candidate the candidate row
   * @return the inputs that differ from the query's
   */
  int changedCount(double[] candidate) {
    int changed = 0;
    for (int column : space.schema.inputIndices()) {
      if (!same(candidate[column], query[column])) {
        changed++;
      }
    }
    return changed;
  }

  /**
   * Whether two values are the same, missing values included.
   *
   * @param a one value
   * @param b the other
   * @return true when equal or both missing
   */
  static boolean same(double a, double b) {
    return Double.isNaN(a) ? Double.isNaN(b) : a == b;
  }
}
