package org.glasswing.core.methods;

import java.util.Objects;
import org.glasswing.core.shapley.Background;

/**
 * What a registered method may be built from; each method takes what it needs.
 *
 * @param background the rows that stand in for unknown or "usual" values
 * @param budget model evaluations (coalitions, samples) per explained row for estimating methods
 * @param seed the seed of estimating methods
 */
public record MethodSettings(Background background, int budget, long seed) {

  /**
   * Checks the settings.
   *
   * @param background the background
   * @param budget the budget, at least 1
   * @param seed the seed
   */
  public MethodSettings {
    Objects.requireNonNull(background, "background");
    if (budget < 1) {
      throw new IllegalArgumentException("the budget must be at least 1, got " + budget);
    }
  }

  /**
   * The same settings with another seed.
   *
   * @param other the seed
   * @return new settings
   */
  public MethodSettings withSeed(long other) {
    return new MethodSettings(background, budget, other);
  }
}
