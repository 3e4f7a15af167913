package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command-line options that the catalogue defines: one {@code --name} option per parameter of a
 * command's methods, described (with its default for each method that takes it) from the catalogue,
 * and read back as the texts the user gave.
 */
final class CatalogueOptions {

  /** Marks the options this class adds, to tell them from those a command declares itself. */
  private static final String MARK = "glasswing.catalogue";

  /** How the command line spells a parameter in messages. */
  static final UnaryOperator<String> SPELLING = name -> "--" + name;

  private CatalogueOptions() {}

  /**
   * Adds the options of some methods to a command, skipping names the command declares itself (such
   * as {@code --seed}, which every command has).
   *
   * @param command the command's spec
   * @param methods the methods whose parameters become options
   */
  static void addTo(CommandSpec command, List<MethodSpec> methods) {
    Map<String, List<MethodSpec>> users = new LinkedHashMap<>();
    Map<String, Parameter> first = new LinkedHashMap<>();
    for (MethodSpec method : methods) {
      for (Parameter p : method.parameters()) {
        users.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(method);
        first.putIfAbsent(p.name(), p);
      }
    }
    for (Map.Entry<String, Parameter> entry : first.entrySet()) {
      String option = SPELLING.apply(entry.getKey());
      if (command.findOption(option) != null) {
        continue;
      }
      OptionSpec.Builder builder =
          OptionSpec.builder(option)
              .paramLabel(label(entry.getValue()))
              .type(String.class)
              .descriptionKey(MARK)
              .description(describe(entry.getKey(), users.get(entry.getKey())));
      if (entry.getValue().type() == Parameter.Type.FLAG) {
        // a flag alone means true, as a hand-written boolean option did; a value may follow
        builder.arity("0..1").fallbackValue("true");
      }
      command.addOption(builder.build());
    }
  }

  private static String label(Parameter p) {
    return switch (p.type()) {
      case INTEGER, LONG -> "N";
      case REAL -> "X";
      case CHOICE -> String.join("|", p.choices());
      case FLAG -> "true|false";
      case TEXT -> "TEXT";
    };
  }

  private static String describe(String name, List<MethodSpec> methods) {
    boolean alike =
        methods.stream().map(m -> m.parameter(name).orElseThrow().description()).distinct().count()
            == 1;
    if (!alike) {
      // one setting name, different meanings (such as --samples of lime and smoothgrad): each
      // method's own sentence with its own default
      List<String> parts = new ArrayList<>();
      for (MethodSpec m : methods) {
        Parameter own = m.parameter(name).orElseThrow();
        String range = own.range();
        parts.add(
            "For "
                + m.name()
                + " (default "
                + own.defaultLabel()
                + "): "
                + own.description()
                + (range.isEmpty() || own.type() == Parameter.Type.CHOICE
                    ? ""
                    : " It " + range + "."));
      }
      return String.join(" ", parts);
    }
    Parameter p = methods.get(0).parameter(name).orElseThrow();
    StringBuilder text = new StringBuilder(p.description());
    String range = p.range();
    if (!range.isEmpty() && p.type() != Parameter.Type.CHOICE) {
      text.append(" It ").append(range).append('.');
    }
    Map<String, List<String>> byDefault = new LinkedHashMap<>();
    for (MethodSpec m : methods) {
      String label = m.parameter(name).orElseThrow().defaultLabel();
      byDefault.computeIfAbsent(label, l -> new ArrayList<>()).add(m.name());
    }
    text.append(" For ");
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : byDefault.entrySet()) {
      parts.add(String.join(", ", e.getValue()) + " (default " + e.getKey() + ")");
    }
    text.append(String.join("; ", parts)).append('.');
    return text.toString();
  }

  /** The shared options every command declares itself that catalogue methods also read. */
  private static final List<String> SHARED = List.of("seed", "threads");

  /**
   * The catalogue options the user gave, by parameter name, as text: the options this class added,
   * and the shared ones every command declares ({@code --seed}, {@code --threads}). A command's own
   * option that happens to share a parameter's name (such as {@code sanity --samples}) is not read.
   *
   * @param command the command's spec, after parsing
   * @param methods the methods whose parameters may have been given
   * @return the given texts
   */
  static Map<String, String> given(CommandSpec command, List<MethodSpec> methods) {
    ParseResult parsed = command.commandLine().getParseResult();
    Map<String, String> given = new LinkedHashMap<>();
    for (MethodSpec method : methods) {
      for (Parameter p : method.parameters()) {
        String option = SPELLING.apply(p.name());
        OptionSpec declared = command.findOption(option);
        boolean ours =
            declared != null
                && (MARK.equals(declared.descriptionKey()) || SHARED.contains(p.name()));
        if (ours && parsed != null && parsed.hasMatchedOption(option)) {
          Object value = parsed.matchedOption(option).getValue();
          given.putIfAbsent(p.name(), String.valueOf(value));
        }
      }
    }
    return given;
  }

  /**
   * The given settings that the chosen methods take, plus those the catalogue added that none of
   * them takes (which {@link #values} then refuses); options the command declares itself (such as
   * {@code --seed}) that no chosen method takes are left out.
   *
   * @param command the command's spec, after parsing
   * @param all the methods whose parameters may have been given
   * @param chosen the methods the command runs
   * @return the texts to check against the chosen methods
   */
  static Map<String, String> givenFor(
      CommandSpec command, List<MethodSpec> all, List<MethodSpec> chosen) {
    Map<String, String> given = given(command, all);
    given
        .keySet()
        .removeIf(
            name ->
                chosen.stream().allMatch(m -> m.parameter(name).isEmpty())
                    && !MARK.equals(command.findOption(SPELLING.apply(name)).descriptionKey()));
    return given;
  }

  /**
   * The values of one method from what the user gave on the command line, checked against the
   * catalogue: a setting not given takes the catalogue default.
   *
   * @param command the command's spec, after parsing
   * @param method the method whose settings are read
   * @return the method's values
   * @throws UserInputException naming the option at fault, with the catalogue's message
   */
  static ParameterValues read(CommandSpec command, MethodSpec method) {
    try {
      return values(method, given(command, List.of(method)));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  /**
   * Checks the given settings against one method, naming the method when a setting does not apply
   * to it.
   *
   * @param method the chosen method
   * @param given the given texts
   * @return the method's values
   * @throws IllegalArgumentException naming the option at fault
   */
  static ParameterValues values(MethodSpec method, Map<String, String> given) {
    return values(method, given, "--method");
  }

  /**
   * Checks the given settings against one method chosen with the named option, naming the option
   * and the method when a setting does not apply to it.
   *
   * @param method the chosen method
   * @param given the given texts
   * @param choice the option that chose the method, such as {@code --learner}
   * @return the method's values
   * @throws IllegalArgumentException naming the option at fault
   */
  static ParameterValues values(MethodSpec method, Map<String, String> given, String choice) {
    for (String name : given.keySet()) {
      if (method.parameter(name).isEmpty()) {
        String settings =
            method.parameters().isEmpty()
                ? "it has no settings"
                : "its settings are "
                    + String.join(
                        ", ",
                        method.parameters().stream().map(p -> SPELLING.apply(p.name())).toList());
        throw new IllegalArgumentException(
            SPELLING.apply(name)
                + " does not apply to "
                + choice
                + " "
                + method.name()
                + "; "
                + settings
                + "; drop "
                + SPELLING.apply(name));
      }
    }
    return method.values(given, SPELLING);
  }
}
