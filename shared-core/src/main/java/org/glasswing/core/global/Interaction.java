package org.glasswing.core.global;

import java.util.Objects;
import org.glasswing.core.data.Feature;

/**
 * The interaction strength of a pair of features: Friedman and Popescu's H².
 *
 * @param first the first feature
 * @param second the second feature
 * @param h2 the share of the variance of the pair's joint partial dependence that is not the sum of
 *     their own partial dependences: 0 when their effects add up, up to 1 when the joint effect is
 *     pure interaction; 0 when the pair has no effect at all
 */
public record Interaction(Feature first, Feature second, double h2) {

  /**
   * Checks the features are given.
   *
   * @param first the first feature
   * @param second the second feature
   * @param h2 the statistic
   */
  public Interaction {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  /**
   * The H-statistic, the square root of {@link #h2()}.
   *
   * @return H, from 0 to (usually) 1
   */
  public double h() {
    return Math.sqrt(Math.max(0, h2));
  }
}
