package org.glasswing.core.resample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.glasswing.core.engine.RandomStreams;

/**
 * Seeded row-index plans: k-fold and stratified k-fold cross-validation, a hold-out split by
 * fraction, and bootstrap and subsample draws. Every random choice comes from {@link
 * RandomStreams#forTask(long, long)} of the seed (and, for repeated draws, the draw's index), so a
 * plan depends on its arguments alone: the same seed gives the same plan on any machine and with
 * any number of threads, and draw b is the same whether or not the other draws are made.
 */
public final class Resampling {

  private Resampling() {}

  /**
   * Unstratified k-fold cross-validation: the rows are shuffled (Fisher-Yates on the seed's stream
   * 0) and dealt to the folds in turn, so the j-th row of the shuffle goes to fold {@code j mod K}.
   * When K does not divide n, the first {@code n mod K} folds hold one row more than the others.
   *
   * @param rows the number of rows n
   * @param folds the number of folds K, from 2 to n
   * @param seed the seed
   * @return the plan
   * @throws IllegalArgumentException if K is out of range
   */
  public static FoldPlan kFold(int rows, int folds, long seed) {
    checkFolds(rows, folds);
    int[] order = shuffled(rows, RandomStreams.forTask(seed, 0));
    int[] foldOf = new int[rows];
    for (int j = 0; j < rows; j++) {
      foldOf[order[j]] = j % folds;
    }
    return new FoldPlan(foldOf, folds);
  }

  /**
   * Stratified k-fold cross-validation: the rows of each stratum (such as a class) are shuffled and
   * dealt to the folds in turn, one stratum after another in ascending order of its value, the deal
   * going on from the fold where the previous stratum stopped. Each stratum's rows are therefore
   * spread over the folds as evenly as possible (the counts of a stratum in two folds differ by at
   * most one), and the fold sizes are those of {@link #kFold}: the first {@code n mod K} folds hold
   * one row more. All shuffles use the seed's stream 0, in stratum order.
   *
   * @param strata the stratum of each row (for example its class index; use one value, such as -1,
   *     for rows with no class)
   * @param folds the number of folds K, from 2 to the number of rows
   * @param seed the seed
   * @return the plan
   * @throws IllegalArgumentException if K is out of range
   */
  public static FoldPlan stratifiedKFold(int[] strata, int folds, long seed) {
    int n = strata.length;
    checkFolds(n, folds);
    TreeMap<Integer, List<Integer>> groups = new TreeMap<>();
    for (int r = 0; r < n; r++) {
      groups.computeIfAbsent(strata[r], s -> new ArrayList<>()).add(r);
    }
    SplittableRandom random = RandomStreams.forTask(seed, 0);
    int[] foldOf = new int[n];
    int dealt = 0;
    for (List<Integer> members : groups.values()) {
      for (int j : shuffled(members.size(), random)) {
        foldOf[members.get(j)] = dealt++ % folds;
      }
    }
    return new FoldPlan(foldOf, folds);
  }

  /**
   * The number of rows a hold-out split with this fraction holds out: {@code round(fraction * n)}.
   *
   * @param rows the number of rows n
   * @param fraction the share held out
   * @return the held-out count (possibly 0 or n, which {@link #holdout} refuses)
   */
  public static int heldOutSize(int rows, double fraction) {
    return (int) Math.round(fraction * rows);
  }

  /**
   * A hold-out split, not stratified: the rows are shuffled (Fisher-Yates on the seed's stream 0)
   * and the first {@link #heldOutSize} of the shuffle are held out; the rest are to train on. Both
   * parts are returned in ascending row order.
   *
   * @param rows the number of rows n
   * @param fraction the share held out, strictly between 0 and 1
   * @param seed the seed
   * @return the split
   * @throws IllegalArgumentException if the fraction is out of range or leaves a part empty
   */
  public static Holdout holdout(int rows, double fraction, long seed) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          "the held-out fraction must be strictly between 0 and 1, got " + fraction);
    }
    int held = heldOutSize(rows, fraction);
    if (held < 1 || held >= rows) {
      throw new IllegalArgumentException(
          "holding out " + fraction + " of " + rows + " rows leaves a part empty");
    }
    int[] order = shuffled(rows, RandomStreams.forTask(seed, 0));
    int[] heldOut = Arrays.copyOfRange(order, 0, held);
    int[] train = Arrays.copyOfRange(order, held, rows);
    Arrays.sort(heldOut);
    Arrays.sort(train);
    return new Holdout(train, heldOut);
  }

  /**
   * A bootstrap draw: n rows drawn uniformly with replacement from the seed's stream {@code draw}.
   *
   * @param rows the number of rows n, at least 1
   * @param seed the seed
   * @param draw the draw's index, from 0
   * @return n row indices, ascending, repeats side by side
   * @throws IllegalArgumentException if there are no rows
   */
  public static int[] bootstrap(int rows, long seed, long draw) {
    if (rows < 1) {
      throw new IllegalArgumentException("a bootstrap draw needs at least 1 row, got " + rows);
    }
    SplittableRandom random = RandomStreams.forTask(seed, draw);
    int[] drawn = new int[rows];
    for (int i = 0; i < rows; i++) {
      drawn[i] = random.nextInt(rows);
    }
    Arrays.sort(drawn);
    return drawn;
  }

  /**
   * A subsample: {@code size} distinct rows drawn uniformly without replacement from the seed's
   * stream {@code draw} (the first {@code size} steps of a Fisher-Yates shuffle from the front).
   *
   * @param rows the number of rows n
   * @param size how many rows to draw, from 0 to n
   * @param seed the seed
   * @param draw the draw's index, from 0
   * @return the drawn rows, ascending
   * @throws IllegalArgumentException if the size is out of range
   */
  public static int[] subsample(int rows, int size, long seed, long draw) {
    if (size < 0 || size > rows) {
      throw new IllegalArgumentException("cannot draw " + size + " distinct rows out of " + rows);
    }
    SplittableRandom random = RandomStreams.forTask(seed, draw);
    int[] order = identity(rows);
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(rows - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] drawn = Arrays.copyOf(order, size);
    Arrays.sort(drawn);
    return drawn;
  }

  private static void checkFolds(int rows, int folds) {
    if (folds < 2 || folds > rows) {
      throw new IllegalArgumentException(
          "cross-validation needs from 2 to "
              + rows
              + " folds (one per row at most), got "
              + folds);
    }
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** A random permutation of 0..n-1 (Fisher-Yates from the back). */
  private static int[] shuffled(int n, SplittableRandom random) {
    int[] order = identity(n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }
}
