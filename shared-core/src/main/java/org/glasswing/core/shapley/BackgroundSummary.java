package org.glasswing.core.shapley;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;

/**
 * A small weighted background that stands in for a large one: k medoids of the data, each weighted
 * by the size of its cluster. Medoids are real rows, so a summary never shows the model a value
 * combination that does not occur in the data.
 *
 * <p>The distance between two rows is Gower's mixed-type distance over the input columns ({@link
 * RowDistance#gower(Dataset)}): the mean of per-column distances in [0, 1], the range-scaled
 * difference for a numeric column and overlap for a nominal one.
 *
 * <p>The clustering starts from k-medoids++ seeding (each further medoid drawn with probability
 * proportional to its squared distance from the nearest medoid so far) and alternates between
 * assigning every row to its nearest medoid and moving each medoid to the member with the least
 * total distance to its cluster, until no medoid moves. In a cluster of more than {@value
 * #CANDIDATES} rows the new medoid is sought among a random sample of that many members and the
 * current medoid. Everything random comes from the seed, so a seed gives the same summary.
 */
public final class BackgroundSummary {

  /** The most members of a cluster tried as its medoid in one update. */
  public static final int CANDIDATES = 300;

  private static final int MAX_ITERATIONS = 100;

  private final Dataset data;
  private final int[] medoids;
  private final int[] sizes;
  private final int[] assignment;

  private BackgroundSummary(Dataset data, int[] medoids, int[] sizes, int[] assignment) {
    this.data = data;
    this.medoids = medoids;
    this.sizes = sizes;
    this.assignment = assignment;
  }

  /**
   * Summarises data by k medoids.
   *
   * @param data the rows to summarise, at least 2
   * @param k the number of medoids, at least 1; a k above the number of rows is lowered to it
   * @param seed the seed of the medoid search
   * @return the summary; it has fewer than k medoids only when the data has fewer than k distinct
   *     rows
   * @throws IllegalArgumentException if k is below 1 or the data has fewer than 2 rows
   */
  public static BackgroundSummary kMedoids(Dataset data, int k, long seed) {
    if (k < 1) {
      throw new IllegalArgumentException("the number of medoids must be at least 1, got " + k);
    }
    if (data.numRows() < 2) {
      throw new IllegalArgumentException(
          "a background summary needs at least 2 rows, but the data has " + data.numRows());
    }
    return new Search(data, Math.min(k, data.numRows()), seed).run();
  }

  /**
   * The medoids' row indices in the summarised data, ascending.
   *
   * @return a fresh array
   */
  public int[] medoids() {
    return medoids.clone();
  }

  /**
   * The number of rows in each medoid's cluster, in the order of {@link #medoids()}; they sum to
   * the number of summarised rows.
   *
   * @return a fresh array
   */
  public int[] clusterSizes() {
    return sizes.clone();
  }

  /**
   * The cluster of every summarised row: an index into {@link #medoids()}.
   *
   * @return a fresh array, one entry per row
   */
  public int[] assignment() {
    return assignment.clone();
  }

  /**
   * The medoid rows as a background, weighted by their cluster sizes.
   *
   * @return the background
   */
  public Background background() {
    double[] weights = new double[sizes.length];
    for (int c = 0; c < sizes.length; c++) {
      weights[c] = sizes[c];
    }
    return new Background(data.select(medoids), weights);
  }

  /**
   * The summary's distance between two rows of the data.
   *
   * @param data the data
   * @param first a row index
   * @param second a row index
   * @return the distance, in [0, 1]
   */
  public static double distance(Dataset data, int first, int second) {
    return RowDistance.gower(data).between(data.row(first), data.row(second));
  }

  /** One k-medoids run. */
  private static final class Search {
    private final Dataset data;
    private final double[][] rows;
    private final int k;
    private final SplittableRandom random;
    private final RowDistance distance;

    Search(Dataset data, int k, long seed) {
      this.data = data;
      this.rows = data.rows();
      this.k = k;
      this.random = new SplittableRandom(seed);
      this.distance = RowDistance.gower(data);
    }

    BackgroundSummary run() {
      int[] medoids = seed();
      int[] assignment = new int[rows.length];
      for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
        assign(medoids, assignment);
        boolean moved = false;
        for (int c = 0; c < medoids.length; c++) {
          int best = bestMedoid(c, medoids[c], assignment);
          if (best != medoids[c]) {
            medoids[c] = best;
            moved = true;
          }
        }
        if (!moved) {
          break;
        }
      }
      assign(medoids, assignment);
      return finish(medoids, assignment);
    }

    /** k-medoids++: the first medoid uniform, each next one with probability ∝ D². */
    private int[] seed() {
      int n = rows.length;
      int[] medoids = new int[k];
      boolean[] chosen = new boolean[n];
      double[] nearest = new double[n];
      Arrays.fill(nearest, Double.POSITIVE_INFINITY);
      int next = random.nextInt(n);
      for (int c = 0; c < k; c++) {
        medoids[c] = next;
        chosen[next] = true;
        double total = 0;
        for (int r = 0; r < n; r++) {
          nearest[r] = Math.min(nearest[r], distance.between(rows[r], rows[next]));
          if (!chosen[r]) {
            total += nearest[r] * nearest[r];
          }
        }
        if (c + 1 == k) {
          break;
        }
        next = -1;
        if (total > 0) {
          double u = random.nextDouble() * total;
          for (int r = 0; r < n && next < 0; r++) {
            if (!chosen[r]) {
              u -= nearest[r] * nearest[r];
              if (u < 0 && nearest[r] > 0) {
                next = r;
              }
            }
          }
        }
        if (next < 0) {
          // Only duplicates of chosen rows are left (or rounding): take a random unchosen row.
          int skip = random.nextInt(n - c - 1);
          for (int r = 0; r < n; r++) {
            if (!chosen[r] && skip-- == 0) {
              next = r;
              break;
            }
          }
        }
      }
      return medoids;
    }

    private void assign(int[] medoids, int[] assignment) {
      for (int r = 0; r < rows.length; r++) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < medoids.length; c++) {
          double d = medoids[c] == r ? 0 : distance.between(rows[r], rows[medoids[c]]);
          if (d < bestDistance) {
            bestDistance = d;
            best = c;
          }
        }
        assignment[r] = best;
      }
    }

    /** The member with the least total distance to the cluster; the current medoid on ties. */
    private int bestMedoid(int cluster, int current, int[] assignment) {
      List<Integer> members = new ArrayList<>();
      for (int r = 0; r < rows.length; r++) {
        if (assignment[r] == cluster) {
          members.add(r);
        }
      }
      List<Integer> candidates = new ArrayList<>(members);
      if (candidates.size() > CANDIDATES) {
        for (int i = 0; i < CANDIDATES; i++) {
          int j = i + random.nextInt(candidates.size() - i);
          candidates.set(j, candidates.set(i, candidates.get(j)));
        }
        candidates = new ArrayList<>(candidates.subList(0, CANDIDATES));
        candidates.add(current);
      }
      int best = current;
      double bestCost = cost(current, members);
      for (int candidate : candidates) {
        double cost = cost(candidate, members);
        if (cost < bestCost - 1e-12) {
          bestCost = cost;
          best = candidate;
        }
      }
      return best;
    }

    private double cost(int candidate, List<Integer> members) {
      double total = 0;
      for (int member : members) {
        total += distance.between(rows[candidate], rows[member]);
      }
      return total;
    }

    /** Drops empty clusters and orders the rest by medoid row index. */
    private BackgroundSummary finish(int[] medoids, int[] assignment) {
      int[] counts = new int[medoids.length];
      for (int cluster : assignment) {
        counts[cluster]++;
      }
      Integer[] order =
          java.util.stream.IntStream.range(0, medoids.length)
              .filter(c -> counts[c] > 0)
              .boxed()
              .sorted((a, b) -> Integer.compare(medoids[a], medoids[b]))
              .toArray(Integer[]::new);
      int[] renumber = new int[medoids.length];
      int[] kept = new int[order.length];
      int[] sizes = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        renumber[order[i]] = i;
        kept[i] = medoids[order[i]];
        sizes[i] = counts[order[i]];
      }
      int[] clusters = new int[assignment.length];
      for (int r = 0; r < assignment.length; r++) {
        clusters[r] = renumber[assignment[r]];
      }
      return new BackgroundSummary(data, kept, sizes, clusters);
    }
  }
}
