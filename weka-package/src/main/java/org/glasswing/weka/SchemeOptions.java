package org.glasswing.weka;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import weka.attributeSelection.ASEvaluation;
import weka.classifiers.Classifier;
import weka.classifiers.SingleClassifierEnhancer;
import weka.classifiers.trees.J48;
import weka.core.OptionMetadata;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * Reads the command-line options of a Glasswing Weka scheme strictly. Weka's own {@code
 * Option.setOptions} prints a stack trace and keeps the default when a value cannot be used (so
 * {@code -method bogus} ran as {@code auto}, and {@code -W no.such.Classifier} explained J48); this
 * reader fails instead, with one {@link InvalidOptionException} naming the option, the value, the
 * allowed values and the fix.
 *
 * <p>It handles every property whose getter, declared in a Glasswing class, carries an {@link
 * OptionMetadata} with a command-line name: flags, whole numbers, numbers, strings, files, enums
 * (matched by their command-line spelling) and classifiers (a spec such as {@code
 * weka.classifiers.trees.J48 -C 0.25}). An absent flag is set to false and an absent value is left
 * as it is, as Weka does.
 */
public final class SchemeOptions {

  private SchemeOptions() {}

  /**
   * Reads and sets the scheme's own options, removing them from the array.
   *
   * @param scheme the scheme
   * @param options the options; those read are blanked, as Weka's {@code Utils.getOption} does
   * @throws InvalidOptionException naming the first option whose value cannot be used
   */
  public static void apply(Object scheme, String[] options) {
    for (Method getter : ownOptions(scheme.getClass())) {
      OptionMetadata meta = getter.getAnnotation(OptionMetadata.class);
      String name = meta.commandLineParamName();
      Method setter = setter(scheme.getClass(), getter);
      if (meta.commandLineParamIsFlag()) {
        boolean on;
        try {
          on = Utils.getFlag(name, options);
        } catch (Exception e) {
          throw new InvalidOptionException(name, null, "cannot read the flag", "give -" + name);
        }
        set(scheme, setter, name, Boolean.toString(on), on);
        continue;
      }
      String value;
      try {
        value = Utils.getOption(name, options);
      } catch (Exception e) {
        throw new InvalidOptionException(
            name, null, "no value given", "use " + meta.commandLineParamSynopsis());
      }
      if (!value.isEmpty()) {
        set(scheme, setter, name, value, convert(getter.getReturnType(), name, value, meta));
      }
    }
  }

  /**
   * Sets a filter's options strictly: its own, then {@code Filter}'s {@code -output-debug-info} and
   * {@code -do-not-check-capabilities}; anything left over is an error.
   *
   * @param filter the filter
   * @param options the options
   * @throws Exception naming the first bad or unknown option
   */
  public static void setFilterOptions(Filter filter, String[] options) throws Exception {
    apply(filter, options);
    filter.setDebug(Utils.getFlag("output-debug-info", options));
    filter.setDoNotCheckCapabilities(Utils.getFlag("do-not-check-capabilities", options));
    rejectLeftovers(filter.getClass().getSimpleName(), options);
  }

  /**
   * Sets an attribute evaluator's options strictly: its own, then {@code ASEvaluation}'s {@code
   * -do-not-check-capabilities}; anything left over is an error.
   *
   * @param evaluator the evaluator
   * @param options the options
   * @throws Exception naming the first bad or unknown option
   */
  public static void setEvaluatorOptions(ASEvaluation evaluator, String[] options)
      throws Exception {
    apply(evaluator, options);
    evaluator.setDoNotCheckCapabilities(Utils.getFlag("do-not-check-capabilities", options));
    rejectLeftovers(evaluator.getClass().getSimpleName(), options);
  }

  /**
   * Sets a meta-classifier's options strictly: its own; {@code -W} with the base classifier's
   * options after {@code --} (J48 when {@code -W} is not given, as Weka's meta-classifiers reset
   * it); {@code AbstractClassifier}'s {@code -output-debug-info}, {@code
   * -do-not-check-capabilities}, {@code -num-decimal-places} and {@code -batch-size}; anything left
   * over is an error.
   *
   * @param meta the meta-classifier
   * @param options the options
   * @throws Exception naming the first bad or unknown option
   */
  public static void setEnhancerOptions(SingleClassifierEnhancer meta, String[] options)
      throws Exception {
    apply(meta, options);
    String name = Utils.getOption('W', options);
    String[] base = Utils.partitionOptions(options);
    String spec = name.isEmpty() ? J48.class.getName() : name;
    String full = base.length == 0 ? spec : spec + " " + Utils.joinOptions(base);
    Classifier classifier;
    try {
      classifier = ClassifierFactory.create(full);
    } catch (UserInputException e) {
      throw new InvalidOptionException("W", spec, e.getMessage(), null, e);
    }
    meta.setClassifier(classifier);
    meta.setDebug(Utils.getFlag("output-debug-info", options));
    meta.setDoNotCheckCapabilities(Utils.getFlag("do-not-check-capabilities", options));
    int places = intOption("num-decimal-places", options, meta.getNumDecimalPlaces());
    meta.setNumDecimalPlaces(OptionRange.atLeast("num-decimal-places", places, 0, "digits", 2));
    int batch = intOption("batch-size", options, Integer.parseInt(meta.getBatchSize()));
    meta.setBatchSize(
        Integer.toString(OptionRange.atLeast("batch-size", batch, 1, "instances per batch", 100)));
    rejectLeftovers(meta.getClass().getSimpleName(), options);
  }

  /**
   * Refuses options left over after every known option was read.
   *
   * @param scheme the scheme's short name, for the message, such as {@code AddExplanation}
   * @param options the options, with those read blanked
   * @throws InvalidOptionException naming the unknown options
   */
  public static void rejectLeftovers(String scheme, String[] options) {
    StringJoiner left = new StringJoiner(" ");
    for (String option : options) {
      if (option != null && !option.isEmpty()) {
        left.add(option);
      }
    }
    if (left.length() > 0) {
      throw new InvalidOptionException(
          "unknown option "
              + left
              + "; "
              + scheme
              + " does not take it (run it with -h to list its options)");
    }
  }

  /**
   * Reads an optional whole-number option strictly.
   *
   * @param name the option's name without the dash
   * @param options the options; the option is blanked when read
   * @param absent the value when the option is not given
   * @return the value
   * @throws InvalidOptionException if the value is not a whole number
   */
  public static int intOption(String name, String[] options, int absent) {
    String value;
    try {
      value = Utils.getOption(name, options);
    } catch (Exception e) {
      throw new InvalidOptionException(name, null, "no value given", "use -" + name + " <n>");
    }
    return value.isEmpty() ? absent : (Integer) convert(int.class, name, value, null);
  }

  private static List<Method> ownOptions(Class<?> type) {
    List<Method> getters = new ArrayList<>();
    for (Method method : type.getMethods()) {
      OptionMetadata meta = method.getAnnotation(OptionMetadata.class);
      if (meta != null
          && !meta.commandLineParamName().isEmpty()
          && method.getParameterCount() == 0
          && method.getDeclaringClass().getName().startsWith("org.glasswing.")) {
        getters.add(method);
      }
    }
    getters.sort(
        Comparator.comparingInt((Method m) -> m.getAnnotation(OptionMetadata.class).displayOrder())
            .thenComparing(Method::getName));
    return getters;
  }

  private static Method setter(Class<?> type, Method getter) {
    String property = getter.getName().replaceFirst("^(get|is)", "");
    try {
      return type.getMethod("set" + property, getter.getReturnType());
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no setter for " + property, e);
    }
  }

  private static Object convert(Class<?> type, String name, String value, OptionMetadata meta) {
    String usage = meta == null ? "-" + name + " <n>" : meta.commandLineParamSynopsis();
    try {
      if (type == int.class || type == Integer.class) {
        return Integer.parseInt(value.strip());
      }
      if (type == long.class || type == Long.class) {
        return Long.parseLong(value.strip());
      }
      if (type == double.class || type == Double.class) {
        return Double.parseDouble(value.strip());
      }
    } catch (NumberFormatException e) {
      String kind = type == double.class || type == Double.class ? "a number" : "a whole number";
      throw new InvalidOptionException(name, value, "not " + kind, "use " + usage, e);
    }
    if (type == String.class) {
      return value;
    }
    if (type == File.class) {
      return new File(value);
    }
    if (type.isEnum()) {
      return enumValue(type, name, value);
    }
    if (Classifier.class.isAssignableFrom(type)) {
      try {
        return ClassifierFactory.create(value);
      } catch (UserInputException e) {
        throw new InvalidOptionException(name, value, e.getMessage(), null, e);
      }
    }
    throw new IllegalStateException("option -" + name + " has an unsupported type " + type);
  }

  private static Object enumValue(Class<?> type, String name, String value) {
    StringJoiner allowed = new StringJoiner(", ");
    for (Object constant : type.getEnumConstants()) {
      if (constant.toString().equals(value) || ((Enum<?>) constant).name().equals(value)) {
        return constant;
      }
      allowed.add(constant.toString());
    }
    throw new InvalidOptionException(
        name, value, "unknown " + name.replace('-', ' '), "use one of " + allowed);
  }

  private static void set(Object scheme, Method setter, String name, String given, Object value) {
    try {
      setter.invoke(scheme, value);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidOptionException invalid) {
        throw invalid.withValue(given);
      }
      if (cause instanceof IllegalArgumentException) {
        throw new InvalidOptionException(
            name, given, cause.getMessage(), "see -h for the allowed values", cause);
      }
      throw new IllegalStateException("setting -" + name + " failed", cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set -" + name, e);
    }
  }
}
