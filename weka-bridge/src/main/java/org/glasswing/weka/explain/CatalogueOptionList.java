package org.glasswing.weka.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.Parameters;
import weka.core.Option;

/** The help texts of {@link CatalogueSchemeOptions}: Weka options and GUI tip texts. */
final class CatalogueOptionList {

  private CatalogueOptionList() {}

  static List<Option> of(CatalogueSchemeOptions options, List<MethodSpec> methods) {
    Map<Parameter, List<MethodSpec>> parameters = WekaMethodNames.parameters(methods);
    List<Option> list = new ArrayList<>();
    list.add(
        new Option(
            "\t" + methodText(methods).replace("\n", "\n\t"),
            "method",
            1,
            "-method <" + String.join("|", options.methodNames()) + ">"));
    list.add(
        new Option(
            "\t" + budgetText(parameters),
            "budget",
            1,
            WekaMethodNames.synopsis(Parameters.BUDGET)));
    for (Parameter p : List.of(Parameters.BACKGROUND_SIZE, Parameters.SEED, Parameters.THREADS)) {
      list.add(
          new Option(
              "\t" + shared(p, parameters),
              WekaMethodNames.optionName(p.name()),
              1,
              WekaMethodNames.synopsis(p)));
    }
    for (Parameter p : options.otherParameters()) {
      list.add(
          new Option(
              "\t" + WekaMethodNames.describe(p, parameters.get(p)),
              WekaMethodNames.optionName(p.name()),
              1,
              WekaMethodNames.synopsis(p)));
    }
    return list;
  }

  private static String methodText(List<MethodSpec> methods) {
    return "The method (default "
        + MethodCatalogue.AUTO
        + "). "
        + MethodCatalogue.autoRule()
        + "; or one of "
        + String.join(", ", methods.stream().map(MethodSpec::name).toList())
        + ".";
  }

  private static String budgetText(Map<Parameter, List<MethodSpec>> parameters) {
    List<MethodSpec> users = usersOf(Parameters.BUDGET, parameters);
    return WekaMethodNames.describe(Parameters.BUDGET, users)
        + " 0 means that default. Only "
        + String.join(", ", users.stream().map(MethodSpec::name).toList())
        + " take a budget.";
  }

  private static String shared(Parameter p, Map<Parameter, List<MethodSpec>> parameters) {
    if (p.name().equals(Parameters.THREADS.name())) {
      return p.description()
          + " It "
          + p.range()
          + ". Default "
          + p.defaultLabel()
          + ". Results do not depend on it.";
    }
    return WekaMethodNames.describe(p, usersOf(p, parameters));
  }

  private static List<MethodSpec> usersOf(Parameter p, Map<Parameter, List<MethodSpec>> all) {
    for (Map.Entry<Parameter, List<MethodSpec>> e : all.entrySet()) {
      if (e.getKey().name().equals(p.name())) {
        return e.getValue();
      }
    }
    return List.of();
  }

  static String tipText(CatalogueSchemeOptions options, List<MethodSpec> methods, String property) {
    Map<Parameter, List<MethodSpec>> parameters = WekaMethodNames.parameters(methods);
    return switch (property) {
      case "method" -> methodText(methods);
      case "budget" -> budgetText(parameters);
      case "backgroundSize" -> shared(Parameters.BACKGROUND_SIZE, parameters);
      case "seed" -> shared(Parameters.SEED, parameters);
      case "threads", "numThreads", "numSlots" -> shared(Parameters.THREADS, parameters);
      case "methodSettings" -> settingsText(options, parameters);
      default -> throw new IllegalArgumentException("no tip text for " + property);
    };
  }

  private static String settingsText(
      CatalogueSchemeOptions options, Map<Parameter, List<MethodSpec>> parameters) {
    StringBuilder text =
        new StringBuilder(
            "The chosen method's other settings, as options such as \"-samples 3000 -lime-mode"
                + " continuous\"; empty for the defaults. They are:");
    for (Parameter p : options.otherParameters()) {
      text.append(' ')
          .append(WekaMethodNames.synopsis(p))
          .append(": ")
          .append(WekaMethodNames.describe(p, parameters.get(p)));
    }
    return text.toString();
  }
}
