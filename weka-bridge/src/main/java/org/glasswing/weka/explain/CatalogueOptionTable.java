package org.glasswing.weka.explain;

import java.beans.IntrospectionException;
import java.beans.PropertyDescriptor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.weka.InvalidOptionException;
import weka.core.Option;
import weka.core.Utils;

/**
 * The bean properties of a Weka scheme that are settings of a catalogue method, each tied to its
 * catalogue {@link Parameter}: the option name (the catalogue name with one dash, or Weka's own
 * such as {@code -S}), the older names that still load, the default, the allowed values and the tip
 * text all come from the catalogue, so a scheme writes none of them. A scheme keeps the values in
 * its own fields (so saved models keep their shape), initialises them with {@link #integer}, {@link
 * #real} or {@link #choice}, checks each value set with {@link #check}, and hands {@link
 * #options()}, {@link #setOptions} and {@link #getOptions} to Weka's {@code OptionHandler}.
 *
 * <p>Immutable; one table per scheme class, built once.
 */
public final class CatalogueOptionTable {

  /**
   * One property.
   *
   * @param property the bean property, such as {@code calibrationFraction}
   * @param parameter the catalogue parameter it sets
   * @param note what the scheme adds to the catalogue's description, such as {@code (with
   *     -conformal)}; empty for nothing
   * @param aliases older Weka names that still load, without dashes
   */
  public record Entry(String property, Parameter parameter, String note, List<String> aliases) {

    /**
     * Copies the aliases.
     *
     * @param property the bean property
     * @param parameter the parameter
     * @param note the scheme's addition to the description
     * @param aliases older names
     */
    public Entry {
      aliases = List.copyOf(aliases);
    }

    /**
     * The names the option loads under: its Weka name first.
     *
     * @return the names, without dashes
     */
    public List<String> names() {
      List<String> names = new ArrayList<>(WekaMethodNames.namesOf(parameter));
      aliases.stream().filter(a -> !names.contains(a)).forEach(names::add);
      return names;
    }

    /**
     * The Weka option name.
     *
     * @return such as {@code alpha} or {@code S}
     */
    public String option() {
      return WekaMethodNames.optionName(parameter.name());
    }
  }

  private final List<Entry> entries;

  private CatalogueOptionTable(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * An empty table.
   *
   * @return a table without properties
   */
  public static CatalogueOptionTable empty() {
    return new CatalogueOptionTable(List.of());
  }

  /**
   * The catalogue spec of a method, for {@link #with(String, MethodSpec, String)}.
   *
   * @param family the family
   * @param method the method's name
   * @return the spec
   */
  public static MethodSpec spec(org.glasswing.core.methods.Family family, String method) {
    return MethodCatalogue.standard().find(family, method);
  }

  /**
   * This table and one more property, set by a parameter of a catalogue method.
   *
   * @param property the bean property
   * @param method the method whose parameter it is
   * @param parameter the parameter's catalogue name
   * @return a new table
   */
  public CatalogueOptionTable with(String property, MethodSpec method, String parameter) {
    return with(property, method, parameter, "");
  }

  /**
   * This table and one more property, with the scheme's addition to the description and older
   * names.
   *
   * @param property the bean property
   * @param method the method whose parameter it is
   * @param parameter the parameter's catalogue name
   * @param note added to the catalogue's description; empty for nothing
   * @param aliases older Weka names that still load
   * @return a new table
   */
  public CatalogueOptionTable with(
      String property, MethodSpec method, String parameter, String note, String... aliases) {
    Parameter p =
        method
            .parameter(parameter)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(method.name() + " has no parameter " + parameter));
    return with(property, p, note, aliases);
  }

  /**
   * This table and one more property, set by a shared catalogue parameter (such as {@link
   * org.glasswing.core.methods.Parameters#THREADS}).
   *
   * @param property the bean property
   * @param p the parameter
   * @param note added to the catalogue's description; empty for nothing
   * @param aliases older Weka names that still load
   * @return a new table
   */
  public CatalogueOptionTable with(String property, Parameter p, String note, String... aliases) {
    List<Entry> all = new ArrayList<>(entries);
    all.removeIf(e -> e.property().equals(property));
    all.add(new Entry(property, p, note, List.of(aliases)));
    return new CatalogueOptionTable(all);
  }

  /**
   * The properties, in option order.
   *
   * @return the entries
   */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entry of a property.
   *
   * @param property the bean property
   * @return its entry
   * @throws IllegalArgumentException if the table has no such property
   */
  public Entry entry(String property) {
    for (Entry e : entries) {
      if (e.property().equals(property)) {
        return e;
      }
    }
    throw new IllegalArgumentException("no catalogue property " + property);
  }

  /**
   * A whole-number property's catalogue default.
   *
   * @param property the bean property
   * @return the default
   */
  public int integer(String property) {
    return ((Number) defaultValue(property)).intValue();
  }

  /**
   * A number property's catalogue default.
   *
   * @param property the bean property
   * @return the default
   */
  public double real(String property) {
    return ((Number) defaultValue(property)).doubleValue();
  }

  /**
   * A choice or text property's catalogue default.
   *
   * @param property the bean property
   * @return the default
   */
  public String choice(String property) {
    return (String) defaultValue(property);
  }

  private Object defaultValue(String property) {
    Parameter p = entry(property).parameter();
    return p.check(p.defaultValue(), WekaMethodNames.SPELLING);
  }

  /**
   * Checks a value against the catalogue's range or choices.
   *
   * @param property the bean property
   * @param value the value, as the setter was given it (a number, text, flag or enum constant)
   * @return the value in the catalogue's type: {@link Integer}, {@link Long}, {@link Double},
   *     {@link String} (a choice in its catalogue spelling) or {@link Boolean}
   * @throws InvalidOptionException naming the option, the value and what is allowed
   */
  public Object check(String property, Object value) {
    Entry e = entry(property);
    String text = value == null ? "" : value.toString();
    try {
      return e.parameter().check(text, WekaMethodNames.SPELLING);
    } catch (IllegalArgumentException bad) {
      String message = bad.getMessage();
      throw new InvalidOptionException(message.contains("; use ") ? message : message + fix(e));
    }
  }

  private static String fix(Entry e) {
    Parameter p = e.parameter();
    return p.hasDefault() && p.type() != Parameter.Type.FLAG
        ? "; use for example -" + e.option() + " " + p.defaultValue()
        : "; use " + WekaMethodNames.synopsis(p);
  }

  /**
   * The options for a scheme's {@code listOptions()}, described from the catalogue with defaults.
   *
   * @return one option per property
   */
  public List<Option> options() {
    List<Option> options = new ArrayList<>();
    for (Entry e : entries) {
      boolean flag = e.parameter().type() == Parameter.Type.FLAG;
      options.add(
          new Option(
              "\t" + tipText(e.property()),
              e.option(),
              flag ? 0 : 1,
              flag ? "-" + e.option() : WekaMethodNames.synopsis(e.parameter())));
    }
    return options;
  }

  /**
   * A scheme's {@code listOptions()}: this table's options, then those it inherits.
   *
   * @param inherited the superclass's options
   * @return all of them
   */
  public Enumeration<Option> listOptions(Enumeration<Option> inherited) {
    List<Option> all = new ArrayList<>(options());
    all.addAll(Collections.list(inherited));
    return Collections.enumeration(all);
  }

  /**
   * A scheme's {@code getOptions()}: this table's options, then those it inherits.
   *
   * @param scheme the scheme whose bean getters are read
   * @param inherited the superclass's options
   * @return all of them
   */
  public String[] getOptions(Object scheme, String[] inherited) {
    List<String> all = new ArrayList<>(getOptions(scheme));
    Collections.addAll(all, inherited);
    return all.toArray(new String[0]);
  }

  /**
   * A property's tip text for Weka's GUI: the catalogue's description, the scheme's note, the
   * allowed values and the default.
   *
   * @param property the bean property
   * @return the tip text
   */
  public String tipText(String property) {
    Entry e = entry(property);
    Parameter p = e.parameter();
    StringBuilder text = new StringBuilder(p.description());
    if (!e.note().isEmpty()) {
      text.append(' ').append(e.note());
    }
    if (p.type() == Parameter.Type.CHOICE) {
      text.append(" One of ").append(String.join(", ", p.choices())).append('.');
    } else if (!p.range().isEmpty()) {
      text.append(" It ").append(p.range()).append('.');
    }
    text.append(" Default ").append(p.defaultLabel()).append('.');
    return text.toString();
  }

  /**
   * Reads every property's option strictly, blanking those read; an absent option sets the
   * catalogue's default.
   *
   * @param scheme the scheme whose bean setters are called
   * @param options the options
   * @throws InvalidOptionException naming the first bad option
   */
  public void setOptions(Object scheme, String[] options) {
    for (Entry e : entries) {
      Object value;
      if (e.parameter().type() == Parameter.Type.FLAG) {
        value = readFlag(e, options);
      } else {
        String text = readValue(e, options);
        value = text == null ? defaultValue(e.property()) : check(e.property(), text);
      }
      set(scheme, e, value);
    }
  }

  private static boolean readFlag(Entry e, String[] options) {
    boolean on = false;
    for (String name : e.names()) {
      try {
        on |= Utils.getFlag(name, options);
      } catch (Exception ex) {
        throw new InvalidOptionException(name, null, "cannot read the flag", "give -" + name);
      }
    }
    return on;
  }

  private static String readValue(Entry e, String[] options) {
    String found = null;
    for (String name : e.names()) {
      String value;
      try {
        value = Utils.getOption(name, options);
      } catch (Exception ex) {
        throw new InvalidOptionException(
            name, null, "no value given", "use " + WekaMethodNames.synopsis(e.parameter()));
      }
      if (!value.isEmpty()) {
        if (found != null) {
          throw new InvalidOptionException(
              "-" + name + " is given twice (also as -" + e.option() + "); give it once");
        }
        found = value;
      }
    }
    return found;
  }

  /**
   * The options as {@link #setOptions} reads them back.
   *
   * @param scheme the scheme whose bean getters are read
   * @return the options
   */
  public List<String> getOptions(Object scheme) {
    List<String> options = new ArrayList<>();
    for (Entry e : entries) {
      Object value = get(scheme, e);
      if (e.parameter().type() == Parameter.Type.FLAG) {
        if (Boolean.TRUE.equals(value)) {
          options.add("-" + e.option());
        }
      } else {
        options.add("-" + e.option());
        options.add(String.valueOf(value));
      }
    }
    return options;
  }

  private static PropertyDescriptor descriptor(Object scheme, Entry e) {
    try {
      return new PropertyDescriptor(e.property(), scheme.getClass());
    } catch (IntrospectionException ex) {
      throw new IllegalStateException(
          scheme.getClass().getName() + " has no bean property " + e.property(), ex);
    }
  }

  private static Object get(Object scheme, Entry e) {
    try {
      return descriptor(scheme, e).getReadMethod().invoke(scheme);
    } catch (IllegalAccessException | InvocationTargetException ex) {
      throw new IllegalStateException("cannot read " + e.property(), ex);
    }
  }

  private static void set(Object scheme, Entry e, Object value) {
    Method setter = descriptor(scheme, e).getWriteMethod();
    try {
      setter.invoke(scheme, convert(setter.getParameterTypes()[0], value, e));
    } catch (InvocationTargetException ex) {
      if (ex.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("setting -" + e.option() + " failed", ex.getCause());
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException("cannot set " + e.property(), ex);
    }
  }

  private static Object convert(Class<?> type, Object value, Entry e) {
    if (type == int.class || type == Integer.class) {
      long v = ((Number) value).longValue();
      if (v != (int) v) {
        throw new InvalidOptionException(
            e.option(), value.toString(), "too large", "use a value that fits 32 bits");
      }
      return (int) v;
    }
    if (type == long.class || type == Long.class) {
      return ((Number) value).longValue();
    }
    if (type == double.class || type == Double.class) {
      return ((Number) value).doubleValue();
    }
    if (type.isEnum()) {
      String wanted = value.toString().toLowerCase(Locale.ROOT);
      for (Object constant : type.getEnumConstants()) {
        if (constant.toString().toLowerCase(Locale.ROOT).equals(wanted)
            || ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).equals(wanted)) {
          return constant;
        }
      }
      throw new IllegalStateException(type.getName() + " has no constant for " + value);
    }
    return value;
  }
}
