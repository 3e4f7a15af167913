package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.methods.CatalogueText;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code glasswing methods}: the method catalogue, as a table for people or JSON for tools. */
@Command(
    name = "methods",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    description = {
      "List every method Glasswing has: the question it answers, what it needs, its settings with"
          + " their defaults, and where it comes from. The same names and defaults hold in Weka"
          + " and KNIME.",
      ""
    })
public final class MethodsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private QuietOption quiet;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      defaultValue = "table",
      description = "table (for people) or json (for tools).")
  private String format;

  @Option(
      names = "--family",
      paramLabel = "NAME",
      description =
          "Only one family: shapley, surrogate, perturbation, gradient, control, global, sanity,"
              + " uncertainty or examples.")
  private String family;

  /** Creates the command; picocli fills in the options. */
  public MethodsCommand() {}

  @Override
  public Integer call() {
    List<MethodSpec> specs = MethodCatalogue.standard().all();
    if (family != null) {
      Family wanted = family(family);
      specs = specs.stream().filter(s -> s.family() == wanted).toList();
    }
    String text =
        switch (format) {
          case "table" -> CatalogueText.table(specs, "--");
          case "json" -> CatalogueText.json(specs);
          default ->
              throw new IllegalArgumentException(
                  "--format " + format + ": unknown format; use table or json");
        };
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    return 0;
  }

  private static Family family(String name) {
    for (Family f : Family.values()) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "--family "
            + name
            + ": unknown family; use one of "
            + java.util.Arrays.stream(Family.values())
                .map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                .toList());
  }
}
