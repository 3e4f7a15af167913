package org.glasswing.core.data;

import java.util.SplittableRandom;

/** Seeded random permutations, for tests that shuffle labels or columns. */
public final class Permutations {

  private Permutations() {}

  /**
   * A uniformly random permutation of 0..n-1 (Fisher-Yates), the same for the same seed.
   *
   * @param n the number of elements, at least 0
   * @param seed the seed
   * @return the permutation: element i goes to where {@code order[i]} came from
   * @throws IllegalArgumentException if n is negative
   */
  public static int[] random(int n, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("the number of elements must not be negative, got " + n);
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }
}
