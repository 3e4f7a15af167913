package org.glasswing.core.methods;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The settings given for one method, checked against its parameters; a setting not given takes the
 * parameter's default. Immutable.
 */
public final class ParameterValues {

  private final List<Parameter> parameters;
  private final Map<String, Object> given;

  private ParameterValues(List<Parameter> parameters, Map<String, Object> given) {
    this.parameters = List.copyOf(parameters);
    this.given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
  }

  /**
   * Checks given settings against parameters.
   *
   * @param parameters the parameters a method takes
   * @param texts the given settings by name (or alias), as text
   * @param spell how the face spells a name in messages, such as {@code n -> "--" + n}
   * @return the checked values
   * @throws IllegalArgumentException naming the first unknown setting or bad value
   */
  public static ParameterValues of(
      List<Parameter> parameters, Map<String, String> texts, UnaryOperator<String> spell) {
    Map<String, Object> checked = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : texts.entrySet()) {
      Parameter parameter = find(parameters, entry.getKey(), spell);
      checked.put(parameter.name(), parameter.check(entry.getValue(), spell));
    }
    return new ParameterValues(parameters, checked);
  }

  /**
   * No setting given: every parameter at its default.
   *
   * @param parameters the parameters
   * @return the values
   */
  public static ParameterValues defaults(List<Parameter> parameters) {
    return new ParameterValues(parameters, Map.of());
  }

  private static Parameter find(
      List<Parameter> parameters, String name, UnaryOperator<String> spell) {
    for (Parameter p : parameters) {
      if (p.answersTo(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        spell.apply(name)
            + " does not apply here; the settings are "
            + String.join(", ", parameters.stream().map(p -> spell.apply(p.name())).toList()));
  }

  /**
   * Whether a setting was given rather than left at its default.
   *
   * @param parameter the parameter
   * @return true if given
   */
  public boolean given(Parameter parameter) {
    return given.containsKey(parameter.name());
  }

  /**
   * Whether the method takes a parameter.
   *
   * @param parameter the parameter
   * @return true if it is one of the method's
   */
  public boolean takes(Parameter parameter) {
    return parameters.stream().anyMatch(p -> p.name().equals(parameter.name()));
  }

  /**
   * A whole-number setting.
   *
   * @param parameter an {@link Parameter.Type#INTEGER} parameter
   * @return the given value or the default
   */
  public int integer(Parameter parameter) {
    return (Integer) value(parameter, Parameter.Type.INTEGER);
  }

  /**
   * A long setting, such as a seed.
   *
   * @param parameter a {@link Parameter.Type#LONG} parameter
   * @return the given value or the default
   */
  public long longValue(Parameter parameter) {
    return (Long) value(parameter, Parameter.Type.LONG);
  }

  /**
   * A real-number setting.
   *
   * @param parameter a {@link Parameter.Type#REAL} parameter
   * @return the given value, the default, or {@code NaN} when the default is computed
   */
  public double real(Parameter parameter) {
    Object value = value(parameter, Parameter.Type.REAL);
    return value == null ? Double.NaN : (Double) value;
  }

  /**
   * A choice or text setting.
   *
   * @param parameter a {@link Parameter.Type#CHOICE} or {@link Parameter.Type#TEXT} parameter
   * @return the given value or the default (empty when there is none)
   */
  public String text(Parameter parameter) {
    Object value =
        parameter.type() == Parameter.Type.CHOICE
            ? value(parameter, Parameter.Type.CHOICE)
            : value(parameter, Parameter.Type.TEXT);
    return value == null ? "" : (String) value;
  }

  /**
   * An on/off setting.
   *
   * @param parameter a {@link Parameter.Type#FLAG} parameter
   * @return whether it is on
   */
  public boolean flag(Parameter parameter) {
    return (Boolean) value(parameter, Parameter.Type.FLAG);
  }

  /**
   * The settings as given, by canonical name, for logs and saved plans.
   *
   * @return the given settings, in the order given
   */
  public Map<String, Object> givenValues() {
    return given;
  }

  private Object value(Parameter parameter, Parameter.Type type) {
    Objects.requireNonNull(parameter, "parameter");
    if (parameter.type() != type) {
      throw new IllegalArgumentException(parameter.name() + " is not of type " + type);
    }
    Parameter own =
        parameters.stream()
            .filter(p -> p.name().equals(parameter.name()))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("the method does not take " + parameter.name()));
    Object value = given.get(own.name());
    if (value != null) {
      return value;
    }
    return own.hasDefault() ? own.check(own.defaultValue(), n -> n) : null;
  }

  @Override
  public String toString() {
    return given.toString();
  }
}
