package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every option a command's help shows either changes what the command writes or is one of the
 * documented kinds that do not: help and version, standard-error only ({@code -q}, {@code -v}),
 * reading only ({@code --encoding}), and thread counts (results do not depend on them).
 */
class HelpOptionsTest {

  private static final String J48 = "weka.classifiers.trees.J48";
  private static final String NAIVE_BAYES = "weka.classifiers.bayes.NaiveBayes";

  /** Options that leave the written result alone by design, with why. */
  private static final Map<String, String> NO_OP =
      Map.of(
          "--help", "prints help",
          "--version", "prints the version",
          "--verbose", "adds stack traces to errors only",
          "--quiet", "hides progress and notes on standard error only",
          "--threads", "results do not depend on the thread count",
          "--encoding", "how files are read; the test data is ASCII",
          "--model", "a saved model instead of --classifier, tested in GlobalCommandsTest");

  @TempDir Path dir;
  private Path small;
  private Path other;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
    other = dir.resolve("other.arff");
    List<String> lines = new ArrayList<>(TestData.smallArff().lines().toList());
    lines.remove(lines.size() - 1); // one row fewer
    Files.writeString(other, String.join("\n", lines) + "\n");
  }

  @Test
  void everyCalibrationOptionChangesItsOutputOrIsADocumentedNoOp() throws Exception {
    Path reliability = dir.resolve("reliability.csv");
    Map<String, List<String>> tries =
        Map.ofEntries(
            Map.entry("--train", List.of("--train", other.toString())),
            Map.entry("--class", List.of("--class", "colour")),
            Map.entry("--classifier", List.of("--classifier", "weka.classifiers.bayes.NaiveBayes")),
            Map.entry("--seed", List.of("--seed", "5")),
            Map.entry("--output", List.of("--output", dir.resolve("out.csv").toString())),
            Map.entry("--digits", List.of("--digits", "2")),
            Map.entry("--ignore", List.of("--ignore", "income")),
            Map.entry("--test", List.of("--test", other.toString())),
            Map.entry("--calibrate", List.of("--calibrate", "platt")),
            Map.entry("--reliability", List.of("--reliability", reliability.toString())),
            Map.entry("--folds", List.of("--folds", "3")),
            Map.entry("--bins", List.of("--bins", "3")));
    check(
        "calibration", List.of("--train", small.toString(), "--classifier", J48), tries, Map.of());
  }

  @Test
  void everyCounterfactualOptionChangesItsOutputOrIsADocumentedNoOp() throws Exception {
    Map<String, List<String>> tries =
        Map.ofEntries(
            Map.entry("--train", List.of("--train", other.toString())),
            Map.entry("--data", List.of("--data", other.toString(), "--rows", "29")),
            Map.entry("--class", List.of("--class", "colour")),
            Map.entry("--classifier", List.of("--classifier", J48)),
            Map.entry("--rows", List.of("--rows", "2")),
            Map.entry("--seed", List.of("--seed", "5")),
            Map.entry("--output", List.of("--output", dir.resolve("out.csv").toString())),
            Map.entry("--digits", List.of("--digits", "2")),
            Map.entry("--ignore", List.of("--ignore", "colour")),
            Map.entry("--range", List.of("--range", "income=0:45")),
            Map.entry("--increase-only", List.of("--increase-only", "income")),
            Map.entry("--decrease-only", List.of("--decrease-only", "income")),
            Map.entry("--desired", List.of("--desired", "no", "--rows", "4")),
            Map.entry("--count", List.of("--count", "1")),
            Map.entry("--budget", List.of("--budget", "100")),
            Map.entry("--freeze", List.of("--freeze", "income")),
            Map.entry("--protected", List.of("--protected", "income")),
            Map.entry("--margin", List.of("--margin", "0.3")),
            Map.entry("--distance", List.of("--distance", "standardised")));
    check(
        "counterfactual",
        List.of("--train", small.toString(), "--classifier", NAIVE_BAYES, "--rows", "1-4,29"),
        tries,
        Map.of(
            "--seed",
            "draws the random candidates only; on data this small the refined counterfactuals"
                + " are the same for every seed"));
  }

  @Test
  void everySurrogateOptionChangesItsOutputOrIsADocumentedNoOp() throws Exception {
    Map<String, List<String>> tries =
        Map.ofEntries(
            Map.entry("--train", List.of("--train", other.toString())),
            Map.entry("--data", List.of("--data", other.toString())),
            Map.entry("--class", List.of("--class", "colour")),
            Map.entry("--classifier", List.of("--classifier", NAIVE_BAYES)),
            Map.entry("--rows", List.of("--rows", "1-12")),
            Map.entry("--seed", List.of("--seed", "5")),
            Map.entry("--output", List.of("--output", dir.resolve("out.csv").toString())),
            Map.entry("--digits", List.of("--digits", "1")),
            Map.entry("--ignore", List.of("--ignore", "income")),
            Map.entry("--test", List.of("--test", other.toString())),
            Map.entry("--max-depth", List.of("--max-depth", "1")),
            Map.entry("--holdout", List.of("--holdout", "0.5")));
    check("surrogate", List.of("--train", small.toString(), "--classifier", J48), tries, Map.of());
  }

  @Test
  void everyExamplesOptionChangesItsOutputOrIsADocumentedNoOp() throws Exception {
    Map<String, List<String>> tries =
        Map.ofEntries(
            Map.entry("--train", List.of("--train", other.toString())),
            Map.entry("--data", List.of("--data", other.toString(), "--rows", "29")),
            Map.entry("--class", List.of("--class", "colour")),
            Map.entry("--classifier", List.of("--classifier", NAIVE_BAYES)),
            Map.entry("--rows", List.of("--rows", "2")),
            Map.entry("--seed", List.of("--seed", "5")),
            Map.entry("--output", List.of("--output", dir.resolve("out.csv").toString())),
            Map.entry("--digits", List.of("--digits", "2")),
            Map.entry("--ignore", List.of("--ignore", "income")),
            Map.entry("--k", List.of("--k", "2")),
            Map.entry("--distance", List.of("--distance", "standardised")),
            Map.entry("--prototypes", List.of("--prototypes", "3")),
            Map.entry("--criticisms", List.of("--criticisms", "2", "--prototypes", "3")),
            Map.entry("--scope", List.of("--scope", "global", "--prototypes", "3")),
            Map.entry("--kernel-width", List.of("--kernel-width", "0.2", "--prototypes", "3")));
    check(
        "examples",
        List.of("--train", small.toString(), "--classifier", J48, "--rows", "1-3"),
        tries,
        Map.of(
            "--seed",
            "nearest examples and MMD-critic prototypes are deterministic; the seed only seeds a"
                + " randomised --classifier, and J48 is not"));
  }

  private void check(
      String command,
      List<String> base,
      Map<String, List<String>> tries,
      Map<String, String> noOpHere)
      throws Exception {
    TreeSet<String> shown = new TreeSet<>();
    for (OptionSpec option :
        GlasswingCommand.commandLine().getSubcommands().get(command).getCommandSpec().options()) {
      shown.add(option.longestName());
    }
    assertThat(shown)
        .as("every option in the help of " + command + " is tried or documented as a no-op")
        .allMatch(
            name ->
                tries.containsKey(name) || NO_OP.containsKey(name) || noOpHere.containsKey(name));
    String reference = written(command, base, List.of());
    assertThat(reference).isNotEmpty();
    for (String name : shown) {
      if (NO_OP.containsKey(name) || noOpHere.containsKey(name)) {
        continue;
      }
      String changed = written(command, base, tries.get(name));
      assertThat(changed).as(command + " " + tries.get(name)).isNotEqualTo(reference);
    }
  }

  /** What the run wrote: standard output and any files, or its error. */
  private String written(String command, List<String> base, List<String> extra) throws Exception {
    List<String> args = new ArrayList<>(List.of(command));
    for (int i = 0;
        i < base.size();
        i += 2) { // base options as pairs; a tried one replaces its own
      if (!extra.contains(base.get(i))) {
        args.addAll(base.subList(i, i + 2));
      }
    }
    args.addAll(extra);
    args.add("-q");
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.code()).as(args + ": " + run.err()).isZero();
    StringBuilder all = new StringBuilder(run.out());
    try (var files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        all.append(file.getFileName()).append('\n').append(Files.readString(file));
        Files.delete(file);
      }
    }
    return all.toString();
  }
}
