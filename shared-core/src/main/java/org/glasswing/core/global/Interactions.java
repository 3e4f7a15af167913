package org.glasswing.core.global;

import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Feature;

/**
 * The result of {@link InteractionStrength}: the candidate features ranked by how much their own
 * partial dependence varies, and the H² of every pair among the top ones. Immutable.
 *
 * @param output the name of the studied output
 * @param ranked the candidate features, largest spread first
 * @param spread the standard deviation of each ranked feature's centred partial dependence over the
 *     sample rows, in the order of {@code ranked}
 * @param pairs the pairs of the top features, strongest interaction first
 */
public record Interactions(
    String output, List<Feature> ranked, List<Double> spread, List<Interaction> pairs) {

  /**
   * Copies the lists.
   *
   * @param output the output's name
   * @param ranked the ranked features
   * @param spread their spreads
   * @param pairs the pairs
   */
  public Interactions {
    Objects.requireNonNull(output, "output");
    ranked = List.copyOf(ranked);
    spread = List.copyOf(spread);
    pairs = List.copyOf(pairs);
  }
}
