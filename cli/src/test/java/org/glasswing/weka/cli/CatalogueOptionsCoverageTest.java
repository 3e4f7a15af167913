package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Every catalogue-driven command offers each catalogue parameter of its methods as an option whose
 * help gives the catalogue default, and declares no hand-written default for any of them.
 */
class CatalogueOptionsCoverageTest {

  /** picocli's marker for an {@code @Option} without {@code defaultValue}. */
  private static final String NO_DEFAULT = "__no_default_value__";

  /** Settings every command declares itself (in {@link CommonOptions}), shared by all methods. */
  private static final Set<String> SHARED = Set.of("seed", "threads");

  /** Options not converted yet, as "command --option": none is left; the list can only shrink. */
  private static final Set<String> NOT_YET = Set.of();

  private static Map<String, CommandLine> driven() {
    Map<String, CommandLine> driven = new java.util.TreeMap<>();
    for (Map.Entry<String, CommandLine> e :
        GlasswingCommand.commandLine().getSubcommands().entrySet()) {
      if (e.getValue().getCommand() instanceof CatalogueDriven) {
        driven.put(e.getKey(), e.getValue());
      }
    }
    return driven;
  }

  private static Set<String> parameterNames(CommandLine command) {
    Set<String> names = new LinkedHashSet<>();
    for (MethodSpec m : ((CatalogueDriven) command.getCommand()).catalogueMethods()) {
      m.parameters().forEach(p -> names.add(p.name()));
    }
    return names;
  }

  @Test
  void theConvertedCommandsAreCatalogueDriven() {
    assertThat(driven().keySet())
        .contains(
            "explain",
            "sanity",
            "faithfulness",
            "agreement",
            "importance",
            "profile",
            "interactions",
            "surrogate",
            "calibration",
            "influence",
            "map",
            "examples",
            "counterfactual",
            "importance",
            "conformal",
            "uncertainty");
  }

  @Test
  void everyCatalogueParameterIsInTheHelpWithItsCatalogueDefault() {
    for (Map.Entry<String, CommandLine> e : driven().entrySet()) {
      CommandLine command = e.getValue();
      String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
      for (MethodSpec m : ((CatalogueDriven) command.getCommand()).catalogueMethods()) {
        for (Parameter p : m.parameters()) {
          String option = "--" + p.name();
          OptionSpec spec = command.getCommandSpec().findOption(option);
          assertThat(spec).as(e.getKey() + " " + option).isNotNull();
          assertThat(help).as(e.getKey() + " --help").contains(option);
          if (SHARED.contains(p.name()) || NOT_YET.contains(e.getKey() + " " + option)) {
            continue;
          }
          assertThat(spec.defaultValue()).as(e.getKey() + " " + option + " default").isNull();
          assertThat(help)
              .as(e.getKey() + " --help for " + option + " of " + m.name())
              .containsPattern(
                  "[ ,]"
                      + java.util.regex.Pattern.quote(m.name())
                      + "[^.]*\\(default "
                      + java.util.regex.Pattern.quote(p.defaultLabel())
                      + "\\)");
        }
      }
    }
  }

  @Test
  void noCommandWritesItsOwnDefaultForACatalogueParameter() {
    List<String> handWritten = new ArrayList<>();
    for (Map.Entry<String, CommandLine> e : driven().entrySet()) {
      Set<String> names = parameterNames(e.getValue());
      for (Class<?> c = e.getValue().getCommand().getClass(); c != Object.class; ) {
        for (Field field : c.getDeclaredFields()) {
          Option option = field.getAnnotation(Option.class);
          if (option == null || option.defaultValue().equals(NO_DEFAULT)) {
            continue;
          }
          for (String name : option.names()) {
            if (name.startsWith("--") && names.contains(name.substring(2))) {
              handWritten.add(e.getKey() + " " + name);
            }
          }
        }
        c = c.getSuperclass();
      }
    }
    assertThat(handWritten).containsExactlyInAnyOrderElementsOf(NOT_YET);
  }
}
