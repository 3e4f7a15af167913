package org.glasswing.core.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A named column of a {@link Schema}: numeric, or nominal with its category labels.
 *
 * @param name the column name, unique within its schema
 * @param kind how values are encoded
 * @param labels the category labels of a nominal feature, in index order; empty for numeric
 */
public record Feature(String name, FeatureKind kind, List<String> labels) {

  /** The text printed for a missing value, as in Weka. */
  public static final String MISSING = "?";

  /**
   * Checks the invariants and copies the labels.
   *
   * @param name the column name
   * @param kind how values are encoded
   * @param labels the labels of a nominal feature; must be empty for a numeric one
   */
  public Feature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    labels = List.copyOf(labels);
    if (kind == FeatureKind.NUMERIC && !labels.isEmpty()) {
      throw new IllegalArgumentException("numeric feature '" + name + "' cannot have labels");
    }
  }

  /**
   * A numeric feature.
   *
   * @param name the column name
   * @return the feature
   */
  public static Feature numeric(String name) {
    return new Feature(name, FeatureKind.NUMERIC, List.of());
  }

  /**
   * A nominal feature.
   *
   * @param name the column name
   * @param labels its category labels in index order
   * @return the feature
   */
  public static Feature nominal(String name, List<String> labels) {
    return new Feature(name, FeatureKind.NOMINAL, labels);
  }

  /**
   * Whether this feature is nominal.
   *
   * @return true for a nominal feature
   */
  public boolean isNominal() {
    return kind == FeatureKind.NOMINAL;
  }

  /**
   * Prints a value the way Weka shows it: the label of a nominal value, a number with at most six
   * decimals and no trailing zeros, or {@value #MISSING} for a missing value.
   *
   * @param value the encoded value
   * @return the printed value
   */
  public String format(double value) {
    if (Double.isNaN(value)) {
      return MISSING;
    }
    if (isNominal()) {
      int index = (int) value;
      if (index != value || index < 0 || index >= labels.size()) {
        throw new IllegalArgumentException(
            "value " + value + " is not a label index of nominal feature '" + name + "'");
      }
      return labels.get(index);
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "Infinity" : "-Infinity";
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
    String text = rounded.stripTrailingZeros().toPlainString();
    return "-0".equals(text) ? "0" : text;
  }
}
