package org.glasswing.core.lime;

/** How tabular LIME represents a perturbed row to its linear surrogate. */
public enum LimeMode {
  /**
   * Ribeiro et al.'s default: each numeric feature is cut at the training quartiles into (at most)
   * four bins, and every feature of a sample becomes 1 when it falls in the explained row's bin (or
   * category) and 0 otherwise. A weight then says how much being in the row's bin, rather than
   * elsewhere in the training distribution, moves the output.
   */
  QUARTILE("quartile"),
  /**
   * No discretisation: numeric features are drawn from a normal distribution with the training mean
   * and standard deviation and enter the surrogate standardised, (x − mean) / sd; a nominal feature
   * is 1 in the row's category, 0 elsewhere.
   */
  CONTINUOUS("continuous");

  private final String name;

  LimeMode(String name) {
    this.name = name;
  }

  /**
   * Reads the command-line name.
   *
   * @param text {@code quartile} or {@code continuous}
   * @return the mode
   * @throws IllegalArgumentException for any other text
   */
  public static LimeMode parse(String text) {
    for (LimeMode mode : values()) {
      if (mode.name.equals(text)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "no LIME mode '" + text + "'; choose quartile or continuous");
  }

  /**
   * The command-line name.
   *
   * @return {@code quartile} or {@code continuous}
   */
  @Override
  public String toString() {
    return name;
  }
}
