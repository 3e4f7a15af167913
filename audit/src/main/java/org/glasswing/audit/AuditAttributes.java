package org.glasswing.audit;

/**
 * The attributes an audit protects or freezes, and how the report's settings name them and the
 * redaction: the same lines on every face ({@code glasswing audit}, the Knowledge Flow step, the
 * KNIME loop).
 */
public final class AuditAttributes {

  /** The settings line that lists the protected attributes. */
  public static final String PROTECTED_SETTING =
      "protected attributes (fairness groups; counterfactuals never change them)";

  /** The settings line that lists the frozen attributes. */
  public static final String FROZEN_SETTING =
      "frozen attributes (counterfactuals never change them)";

  /** The settings line of a redacted report. */
  public static final String REDACTED_SETTING =
      "redacted (other rows' values replaced by their row numbers)";

  private AuditAttributes() {}

  /**
   * Checks that attributes to protect or freeze are inputs of a schema.
   *
   * @param schema the model's or the data's schema
   * @param names the attributes' names
   * @throws IllegalArgumentException naming the first that is not an input, and the inputs
   */
  public static void checkInputs(
      org.glasswing.core.data.Schema schema, java.util.Collection<String> names) {
    for (String name : names) {
      java.util.Optional<Integer> column = schema.indexOf(name);
      if (column.isEmpty() || column.get() == schema.targetIndex()) {
        throw new IllegalArgumentException(
            "'"
                + name
                + "' is not an input attribute of the model; name one of: "
                + String.join(
                    ", ",
                    schema.inputs().stream().map(org.glasswing.core.data.Feature::name).toList()));
      }
    }
  }
}
