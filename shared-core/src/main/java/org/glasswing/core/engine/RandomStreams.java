package org.glasswing.core.engine;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from one seed, one per task, so that a task draws the same
 * numbers whichever thread runs it and whatever ran before it.
 */
public final class RandomStreams {

  private RandomStreams() {}

  /**
   * The random stream of one task.
   *
   * @param seed the run's seed
   * @param task the task's index
   * @return a generator that depends on {@code seed} and {@code task} only
   */
  public static SplittableRandom forTask(long seed, long task) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(task + 0x632BE59BD9B4E019L)));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
