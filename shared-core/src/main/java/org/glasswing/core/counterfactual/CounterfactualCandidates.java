package org.glasswing.core.counterfactual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.glasswing.core.data.RowDistance;

/**
 * The first stages of a {@link CounterfactualJob}: the candidates it asks the model about, as seeds
 * from the nearest reference rows of the desired class and as random points in growing spheres
 * around the query.
 */
final class CounterfactualCandidates {

  private final CounterfactualSearch search;
  private final CounterfactualSearch.Space space;
  private final RowDistance distance;
  private final double[] query;
  private final int desired;
  private final int[] referenceClass;
  private final SplittableRandom random;
  private final CounterfactualChoice choice;

  CounterfactualCandidates(
      CounterfactualSearch search,
      CounterfactualSearch.Space space,
      double[] query,
      int desired,
      int[] referenceClass,
      SplittableRandom random,
      CounterfactualChoice choice) {
    this.search = search;
    this.space = space;
    this.distance = search.distance();
    this.query = query;
    this.desired = desired;
    this.referenceClass = referenceClass;
    this.random = random;
    this.choice = choice;
  }

  /**
   * Seeds: the query moved towards each of the nearest reference rows of the desired class, input
   * by input, where the constraints allow; duplicates and unchanged rows left out.
   *
   * @return the seeds, nearest reference row first
   */
  List<double[]> seeds() {
    double[][] reference = search.referenceRows();
    Integer[] order =
        IntStream.range(0, reference.length)
            .filter(r -> referenceClass[r] == desired)
            .boxed()
            .sorted(
                Comparator.comparingDouble((Integer r) -> distance.between(query, reference[r]))
                    .thenComparingInt(r -> r))
            .limit(CounterfactualSearch.seeds())
            .toArray(Integer[]::new);
    List<double[]> seeds = new ArrayList<>();
    for (int r : order) {
      double[] candidate = query.clone();
      for (int i = 0; i < space.mutable.length; i++) {
        int column = space.mutable[i];
        double value = reference[r][column];
        if (Double.isNaN(value)) {
          continue;
        }
        if (!space.nominal[i]) {
          value = Math.max(space.low[i], Math.min(space.high[i], value));
        }
        double before = candidate[column];
        candidate[column] = value;
        if (!search.constraints().allows(space.schema, query, candidate)) {
          candidate[column] = before;
        }
      }
      if (choice.changedCount(candidate) > 0
          && seeds.stream().noneMatch(s -> Arrays.equals(s, candidate))) {
        seeds.add(candidate);
      }
    }
    return seeds;
  }

  /**
   * One batch of growing-spheres candidates: the query with a random number of random inputs moved
   * by up to {@code radius} of their scale (a nominal input to another label), kept where the
   * constraints allow.
   *
   * @param radius the sphere's radius, in scales
   * @return the candidates
   */
  List<double[]> sphere(double radius) {
    int m = space.mutable.length;
    List<double[]> candidates = new ArrayList<>();
    int[] positions = IntStream.range(0, m).toArray();
    for (int n = 0; n < CounterfactualSearch.sphereBatch(); n++) {
      double[] candidate = query.clone();
      int changes = 1 + random.nextInt(m);
      for (int c = 0; c < changes; c++) {
        int swap = c + random.nextInt(m - c);
        int t = positions[c];
        positions[c] = positions[swap];
        positions[swap] = t;
        perturb(candidate, positions[c], radius);
      }
      if (choice.changedCount(candidate) > 0
          && search.constraints().allows(space.schema, query, candidate)) {
        candidates.add(candidate);
      }
    }
    return candidates;
  }

  private void perturb(double[] candidate, int i, double radius) {
    int column = space.mutable[i];
    double value = query[column];
    if (space.nominal[i]) {
      int labels = space.labels[i];
      if (Double.isNaN(value)) {
        candidate[column] = random.nextInt(labels);
      } else if (labels > 1) {
        int other = random.nextInt(labels - 1);
        candidate[column] = other >= value ? other + 1 : other;
      }
      return;
    }
    double low = space.low[i];
    double high = space.high[i];
    if (Double.isNaN(value)) {
      candidate[column] = space.snap(i, high > low ? random.nextDouble(low, high) : low);
      return;
    }
    double step = random.nextDouble() * radius * space.scale[i];
    Direction direction = search.constraints().direction(column);
    boolean up =
        direction == Direction.INCREASE || (direction == Direction.ANY && random.nextBoolean());
    double moved = up ? value + step : value - step;
    candidate[column] = space.snap(i, Math.max(low, Math.min(high, moved)));
  }
}
