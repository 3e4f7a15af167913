package org.glasswing.weka.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.glasswing.core.methods.DataKind;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ModelRequirement;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.Parameters;

/**
 * How the Weka plug-ins name the catalogue's methods and settings. A Weka option is the catalogue
 * parameter's command-line long name with one dash ({@code -background-size}), except where Weka's
 * own conventions win: {@code -S} for the seed and {@code -num-slots} for the worker threads. Older
 * Weka spellings (such as {@code -num-threads}) still load.
 */
public final class WekaMethodNames {

  /** How a Weka plug-in spells a catalogue parameter in messages: {@code -} and its Weka name. */
  public static final UnaryOperator<String> SPELLING = name -> "-" + optionName(name);

  /** Weka's conventions that replace a catalogue name: catalogue name to Weka option name. */
  private static final Map<String, String> EXCEPTIONS =
      Map.of(Parameters.SEED.name(), "S", Parameters.THREADS.name(), "num-slots");

  /** Older Weka option names that still load: old name to catalogue name. */
  private static final Map<String, String> OLD_NAMES =
      Map.of("num-threads", Parameters.THREADS.name());

  private WekaMethodNames() {}

  /**
   * The Weka option name (without the dash) of a catalogue parameter.
   *
   * @param parameterName the catalogue name, such as {@code seed}
   * @return the Weka name, such as {@code S}
   */
  public static String optionName(String parameterName) {
    return EXCEPTIONS.getOrDefault(parameterName, parameterName);
  }

  /**
   * Every name under which a parameter loads on a Weka command line: its Weka name first, then its
   * catalogue name and the catalogue's aliases, then older Weka names.
   *
   * @param parameter the parameter
   * @return the names, without dashes
   */
  public static List<String> namesOf(Parameter parameter) {
    List<String> names = new ArrayList<>();
    names.add(optionName(parameter.name()));
    if (!names.contains(parameter.name())) {
      names.add(parameter.name());
    }
    for (String alias : parameter.aliases()) {
      if (!names.contains(alias)) {
        names.add(alias);
      }
    }
    OLD_NAMES.forEach(
        (old, current) -> {
          if (current.equals(parameter.name()) && !names.contains(old)) {
            names.add(old);
          }
        });
    return names;
  }

  /**
   * The local methods a Weka plug-in offers on tabular data: every tabular local method of the
   * catalogue except those that need gradients (a Weka classifier has none), in catalogue order.
   *
   * @return the specs
   */
  public static List<MethodSpec> tabularMethods() {
    return MethodCatalogue.standard().local(DataKind.TABULAR).stream()
        .filter(s -> s.model() != ModelRequirement.DIFFERENTIABLE)
        .toList();
  }

  /**
   * The names {@code -method} takes: {@code auto}, then the methods.
   *
   * @param methods the offered methods
   * @return the names
   */
  public static List<String> methodNames(List<MethodSpec> methods) {
    List<String> names = new ArrayList<>();
    names.add(MethodCatalogue.AUTO);
    methods.forEach(m -> names.add(m.name()));
    return names;
  }

  /**
   * The parameters of some methods, each once, in the order first met, with the methods that take
   * it.
   *
   * @param methods the methods
   * @return parameter name to the methods taking it
   */
  public static Map<Parameter, List<MethodSpec>> parameters(List<MethodSpec> methods) {
    Map<String, Parameter> first = new LinkedHashMap<>();
    Map<String, List<MethodSpec>> users = new LinkedHashMap<>();
    for (MethodSpec method : methods) {
      for (Parameter p : method.parameters()) {
        first.putIfAbsent(p.name(), p);
        users.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(method);
      }
    }
    Map<Parameter, List<MethodSpec>> result = new LinkedHashMap<>();
    first.forEach((name, p) -> result.put(p, users.get(name)));
    return result;
  }

  /**
   * A parameter's description for a help text or a tip text: the catalogue's description, its range
   * and its default for each method that takes it.
   *
   * @param parameter the parameter
   * @param methods the methods that take it
   * @return the text
   */
  public static String describe(Parameter parameter, List<MethodSpec> methods) {
    StringBuilder text = new StringBuilder(parameter.description());
    String range = parameter.range();
    if (!range.isEmpty() && parameter.type() != Parameter.Type.CHOICE) {
      text.append(" It ").append(range).append('.');
    }
    if (parameter.type() == Parameter.Type.CHOICE) {
      text.append(" One of ").append(String.join(", ", parameter.choices())).append('.');
    }
    Map<String, List<String>> byDefault = new LinkedHashMap<>();
    for (MethodSpec m : methods) {
      String label = m.parameter(parameter.name()).orElseThrow().defaultLabel();
      byDefault.computeIfAbsent(label, l -> new ArrayList<>()).add(m.name());
    }
    List<String> parts = new ArrayList<>();
    byDefault.forEach(
        (label, names) -> parts.add(String.join(", ", names) + " (default " + label + ")"));
    text.append(" For ").append(String.join("; ", parts)).append('.');
    return text.toString();
  }

  /**
   * The synopsis of a parameter's option, such as {@code -tree-mode <interventional|path>}.
   *
   * @param parameter the parameter
   * @return the synopsis
   */
  public static String synopsis(Parameter parameter) {
    String label =
        switch (parameter.type()) {
          case INTEGER, LONG -> "<n>";
          case REAL -> "<x>";
          case CHOICE -> "<" + String.join("|", parameter.choices()) + ">";
          case FLAG -> "<true|false>";
          case TEXT -> "<text>";
        };
    return "-" + optionName(parameter.name()) + " " + label;
  }

  /**
   * The methods and their questions and citations, for a scheme's {@code globalInfo()}.
   *
   * @param methods the offered methods
   * @return one paragraph per method, after the {@code auto} rule
   */
  public static String methodList(List<MethodSpec> methods) {
    StringBuilder text = new StringBuilder("Methods (-method):\n");
    text.append("- ").append(MethodCatalogue.autoRule()).append(" (the default)\n");
    for (MethodSpec m : methods) {
      text.append("- ")
          .append(m.name())
          .append(": ")
          .append(m.question())
          .append(" [")
          .append(m.citation())
          .append("]\n");
    }
    return text.toString();
  }
}
