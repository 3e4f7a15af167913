package org.glasswing.core.uncertainty;

import java.util.List;
import java.util.Locale;

/**
 * The calibrators every face offers, by the one name each goes by: {@code platt}, {@code isotonic}
 * and {@code temperature}. The catalogue's {@code --calibrator} choice lists {@link #names()}, and
 * every face builds its calibrator with {@link #create}, so no face keeps its own list.
 */
public final class Calibrators {

  private static final List<String> NAMES = List.of("platt", "isotonic", "temperature");

  private Calibrators() {}

  /**
   * The names, in the order faces list them; the first is the default.
   *
   * @return {@code platt}, {@code isotonic}, {@code temperature}
   */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * A new, unfitted calibrator.
   *
   * @param name one of {@link #names()}, in any case
   * @return the calibrator
   * @throws IllegalArgumentException naming the value and the allowed names
   */
  public static Calibrator create(String name) {
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "platt" -> new PlattScaling();
      case "isotonic" -> new IsotonicCalibration();
      case "temperature" -> new TemperatureScaling();
      default ->
          throw new IllegalArgumentException(
              "unknown calibrator '" + name + "'; use one of " + String.join(", ", NAMES));
    };
  }
}
