package org.glasswing.core.methods;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One setting of a method, described once so that every face (command line, Weka options, KNIME
 * settings) offers it under the same name, with the same default and the same checks.
 *
 * <p>The name is the command line's long option without its dashes ({@code budget} is {@code
 * --budget} on the command line and {@code -budget} in Weka). Values travel as text, as every face
 * receives them, and {@link #check} turns a text into a typed value or says in one line what is
 * wrong and what is allowed.
 *
 * @param name the name, lower case with dashes, such as {@code background-size}
 * @param type the kind of value
 * @param defaultValue the default as text; empty when the default is computed (see {@code
 *     defaultLabel}) or when the setting is off unless given
 * @param defaultLabel the default as people read it, such as {@code 2048} or {@code 0.75 √d}
 * @param min the smallest allowed number (integers and reals); ignored for other types
 * @param max the largest allowed number (integers and reals); ignored for other types
 * @param choices the allowed values of a choice, in the order they are listed
 * @param description one line on what the setting does
 * @param aliases older names that still load (Weka option names, KNIME settings keys)
 * @param exclusive whether a number must lie strictly between {@code min} and {@code max}
 */
public record Parameter(
    String name,
    Type type,
    String defaultValue,
    String defaultLabel,
    double min,
    double max,
    List<String> choices,
    String description,
    List<String> aliases,
    boolean exclusive) {

  /** The kinds of value. */
  public enum Type {
    /** A whole number ({@code int}). */
    INTEGER,
    /** A whole number that may be large ({@code long}), such as a seed. */
    LONG,
    /** A real number. */
    REAL,
    /** One of a fixed list of words. */
    CHOICE,
    /** On or off; given means on. */
    FLAG,
    /** Free text, checked by the method that uses it. */
    TEXT
  }

  /**
   * Checks the description.
   *
   * @param name the name
   * @param type the type
   * @param defaultValue the default text
   * @param defaultLabel the default for people
   * @param min the smallest number
   * @param max the largest number
   * @param choices the choices
   * @param description the description
   * @param aliases the older names
   * @param exclusive whether the bounds are excluded
   */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(defaultLabel, "defaultLabel");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
    aliases = List.copyOf(aliases);
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("a parameter name is lower case with dashes: " + name);
    }
    if (type == Type.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException(name + " is a choice without choices");
    }
  }

  /**
   * A whole-number setting.
   *
   * @param name the name
   * @param defaultValue the default
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param description what it does
   * @return the parameter
   */
  public static Parameter integer(
      String name, int defaultValue, int min, int max, String description) {
    String text = Integer.toString(defaultValue);
    return new Parameter(
        name, Type.INTEGER, text, text, min, max, List.of(), description, List.of(), false);
  }

  /**
   * A seed-like setting: any {@code long}.
   *
   * @param name the name
   * @param defaultValue the default
   * @param description what it does
   * @return the parameter
   */
  public static Parameter longValue(String name, long defaultValue, String description) {
    String text = Long.toString(defaultValue);
    return new Parameter(
        name,
        Type.LONG,
        text,
        text,
        Long.MIN_VALUE,
        Long.MAX_VALUE,
        List.of(),
        description,
        List.of(),
        false);
  }

  /**
   * A real-number setting.
   *
   * @param name the name
   * @param defaultValue the default
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param description what it does
   * @return the parameter
   */
  public static Parameter real(
      String name, double defaultValue, double min, double max, String description) {
    String text = compact(defaultValue);
    return new Parameter(
        name, Type.REAL, text, text, min, max, List.of(), description, List.of(), false);
  }

  /**
   * A real-number setting that must lie strictly between two bounds, such as a miscoverage rate in
   * (0, 1).
   *
   * @param name the name
   * @param defaultValue the default
   * @param above the value must be more than this
   * @param below the value must be less than this
   * @param description what it does
   * @return the parameter
   */
  public static Parameter realBetween(
      String name, double defaultValue, double above, double below, String description) {
    String text = compact(defaultValue);
    return new Parameter(
        name, Type.REAL, text, text, above, below, List.of(), description, List.of(), true);
  }

  /**
   * A choice among words.
   *
   * @param name the name
   * @param defaultValue the default, one of the choices
   * @param choices the allowed words
   * @param description what it does
   * @return the parameter
   */
  public static Parameter choice(
      String name, String defaultValue, List<String> choices, String description) {
    if (!choices.contains(defaultValue)) {
      throw new IllegalArgumentException(name + ": the default is not a choice: " + defaultValue);
    }
    return new Parameter(
        name,
        Type.CHOICE,
        defaultValue,
        defaultValue,
        0,
        0,
        choices,
        description,
        List.of(),
        false);
  }

  /**
   * An on/off setting, off by default.
   *
   * @param name the name
   * @param description what it does when on
   * @return the parameter
   */
  public static Parameter flag(String name, String description) {
    return new Parameter(
        name, Type.FLAG, "false", "off", 0, 0, List.of(), description, List.of(), false);
  }

  /**
   * A free-text setting.
   *
   * @param name the name
   * @param defaultValue the default text, empty for none
   * @param description what it does
   * @return the parameter
   */
  public static Parameter text(String name, String defaultValue, String description) {
    return new Parameter(
        name,
        Type.TEXT,
        defaultValue,
        defaultValue.isEmpty() ? "none" : defaultValue,
        0,
        0,
        List.of(),
        description,
        List.of(),
        false);
  }

  /**
   * The same parameter with a computed default: no default text, and a label that says how the
   * default is computed (the method computes it when the setting is not given).
   *
   * @param label the rule, such as {@code 0.75 √d}
   * @return a new parameter
   */
  public Parameter computedDefault(String label) {
    return new Parameter(name, type, "", label, min, max, choices, description, aliases, exclusive);
  }

  /**
   * The same parameter with other names that still load.
   *
   * @param older the older names
   * @return a new parameter
   */
  public Parameter withAliases(String... older) {
    return new Parameter(
        name,
        type,
        defaultValue,
        defaultLabel,
        min,
        max,
        choices,
        description,
        List.of(older),
        exclusive);
  }

  /**
   * The same parameter with another default (for a method whose default differs from the shared
   * one, which its description then says).
   *
   * @param value the default text
   * @return a new parameter
   */
  public Parameter withDefault(String value) {
    check(value, n -> n);
    return new Parameter(
        name, type, value, value, min, max, choices, description, aliases, exclusive);
  }

  /**
   * Whether the parameter has a default value that can be parsed.
   *
   * @return false for a computed default or a text with no default
   */
  public boolean hasDefault() {
    return !defaultValue.isEmpty();
  }

  /**
   * Whether a name is this parameter's name or one of its aliases.
   *
   * @param other a name
   * @return true if it names this parameter
   */
  public boolean answersTo(String other) {
    return name.equals(other) || aliases.contains(other);
  }

  /**
   * Checks a value and returns it typed: {@link Integer}, {@link Long}, {@link Double}, {@link
   * String} (a choice, in its canonical spelling, or a text) or {@link Boolean}.
   *
   * @param text the value as given
   * @param spell how the face spells the name in messages, such as {@code n -> "--" + n}
   * @return the typed value
   * @throws IllegalArgumentException one line naming the setting, the value and what is allowed
   */
  public Object check(String text, UnaryOperator<String> spell) {
    String value = text == null ? "" : text.strip();
    String who = spell.apply(name);
    switch (type) {
      case INTEGER:
        return inRange(parseLong(value, who, "a whole number"), who, value).intValue();
      case LONG:
        return parseLong(value, who, "a whole number");
      case REAL:
        return inRange(parseReal(value, who), who, value);
      case CHOICE:
        for (String choice : choices) {
          if (choice.equalsIgnoreCase(value)) {
            return choice;
          }
        }
        throw new IllegalArgumentException(
            who + " " + quote(value) + ": unknown value; use one of " + String.join(", ", choices));
      case FLAG:
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("true") || lower.equals("false")) {
          return Boolean.parseBoolean(lower);
        }
        throw new IllegalArgumentException(who + " " + quote(value) + ": use true or false");
      default:
        return value;
    }
  }

  private long parseLong(String value, String who, String what) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(who + " " + quote(value) + ": not " + what, e);
    }
  }

  private double parseReal(String value, String who) {
    try {
      double parsed = Double.parseDouble(value);
      if (!Double.isFinite(parsed)) {
        throw new IllegalArgumentException(who + " " + quote(value) + ": not a finite number");
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(who + " " + quote(value) + ": not a number", e);
    }
  }

  private <T extends Number> T inRange(T number, String who, String text) {
    double v = number.doubleValue();
    boolean outside = exclusive() ? v <= min || v >= max : v < min || v > max;
    if (outside) {
      throw new IllegalArgumentException(who + " " + text + ": " + range());
    }
    return number;
  }

  /**
   * The allowed values in words, such as {@code "must be between 1 and 20"} or {@code "must be at
   * least 1"}.
   *
   * @return the range in words; empty for non-numbers
   */
  public String range() {
    if (type != Type.INTEGER && type != Type.REAL) {
      return type == Type.CHOICE ? "one of " + String.join(", ", choices) : "";
    }
    boolean noMax = type == Type.REAL ? max >= Double.MAX_VALUE : max >= Integer.MAX_VALUE;
    String low = format(min);
    if (exclusive()) {
      return noMax
          ? "must be more than " + low
          : "must be more than " + low + " and less than " + format(max);
    }
    if (noMax) {
      return "must be at least " + low;
    }
    return "must be between " + low + " and " + format(max);
  }

  private static String compact(double v) {
    boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15;
    return whole ? Long.toString((long) v) : Double.toString(v);
  }

  private String format(double v) {
    boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15;
    return whole ? Long.toString((long) v) : Double.toString(v);
  }

  private static String quote(String value) {
    return value.isEmpty() ? "(empty)" : value;
  }
}
