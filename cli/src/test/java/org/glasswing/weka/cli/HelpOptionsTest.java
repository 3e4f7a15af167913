package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every option a command's help shows changes what the command writes, is refused in one line where
 * it does not apply, or is a documented no-op ({@link OptionEffects}): here the commands about
 * single rows and the ones that read no data; the others are in {@code HelpOptions*Test}.
 */
class HelpOptionsTest {

  static final String J48 = "weka.classifiers.trees.J48";
  static final String NAIVE_BAYES = "weka.classifiers.bayes.NaiveBayes";

  /** The commands every {@code HelpOptions*Test} checks, with their subcommands. */
  static final Set<String> CHECKED =
      Set.of(
          "calibration",
          "counterfactual",
          "surrogate",
          "examples",
          "methods",
          "uncertainty",
          "conformal",
          "fairness",
          "glassbox",
          "glassbox-path",
          "importance",
          "profile",
          "interactions",
          "map",
          "influence",
          // timings differ on every run; their options are checked in BenchOptionsTest
          "bench shapley",
          "bench deep");

  /** The commands whose check is still to be written; {@link #everyCommandIsChecked} lists them. */
  static final Set<String> NOT_YET =
      Set.of("explain", "sanity", "faithfulness", "agreement", "audit");

  @TempDir Path dir;
  private HelpData data;

  @BeforeEach
  void writeData() {
    data = HelpData.in(dir);
  }

  @Test
  void everyCommandIsChecked() {
    Set<String> all = new TreeSet<>();
    collect(GlasswingCommand.commandLine(), "", all);
    assertThat(CHECKED).doesNotContainAnyElementsOf(NOT_YET);
    Set<String> known = new TreeSet<>(CHECKED);
    known.addAll(NOT_YET);
    assertThat(all).containsExactlyInAnyOrderElementsOf(known);
  }

  private static void collect(CommandLine cl, String prefix, Set<String> into) {
    for (var sub : cl.getSubcommands().entrySet()) {
      String name = prefix + sub.getKey();
      if (sub.getValue().getSubcommands().isEmpty()) {
        into.add(name);
      } else {
        collect(sub.getValue(), name + " ", into);
      }
    }
  }

  @Test
  void everyCalibrationOptionChangesItsOutputOrIsADocumentedNoOp() {
    OptionEffects.of(
            data.out(), "calibration", "--train", data.small().toString(), "--classifier", J48)
        .tries("--train", "--train", data.other().toString())
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", NAIVE_BAYES)
        .tries("--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "income")
        .tries("--test", "--test", data.other().toString())
        .tries("--calibrate", "--calibrate", "platt")
        .tries("--reliability", "--reliability", data.output("reliability.csv"))
        .tries("--folds", "--folds", "3")
        .tries("--bins", "--bins", "3")
        .check();
  }

  @Test
  void everyCounterfactualOptionChangesItsOutputOrIsADocumentedNoOp() {
    OptionEffects.of(
            data.out(),
            "counterfactual",
            "--train",
            data.small().toString(),
            "--classifier",
            NAIVE_BAYES,
            "--rows",
            "1-4,29")
        .tries("--train", "--train", data.other().toString())
        .tries("--data", "--data", data.other().toString(), "--rows", "29")
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", J48)
        .tries("--rows", "--rows", "2")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "colour")
        .tries("--range", "--range", "income=0:45")
        .tries("--increase-only", "--increase-only", "income")
        .tries("--decrease-only", "--decrease-only", "income")
        .tries("--desired", "--desired", "no", "--rows", "4")
        .tries("--count", "--count", "1")
        .tries("--budget", "--budget", "100")
        .tries("--freeze", "--freeze", "income")
        .tries("--protected", "--protected", "income")
        .tries("--margin", "--margin", "0.3")
        .tries("--distance", "--distance", "standardised")
        .noOp(
            "--seed",
            "draws the random candidates only; on data this small the refined counterfactuals"
                + " are the same for every seed")
        .check();
  }

  @Test
  void everySurrogateOptionChangesItsOutputOrIsADocumentedNoOp() {
    OptionEffects.of(
            data.out(), "surrogate", "--train", data.small().toString(), "--classifier", J48)
        .tries("--train", "--train", data.other().toString())
        .tries("--data", "--data", data.other().toString())
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", NAIVE_BAYES)
        .tries("--rows", "--rows", "1-12")
        .tries("--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "1")
        .tries("--ignore", "--ignore", "income")
        .tries("--test", "--test", data.other().toString())
        .tries("--max-depth", "--max-depth", "1")
        .tries("--holdout", "--holdout", "0.5")
        .check();
  }

  @Test
  void everyExamplesOptionChangesItsOutputOrIsADocumentedNoOp() {
    OptionEffects.of(
            data.out(),
            "examples",
            "--train",
            data.small().toString(),
            "--classifier",
            J48,
            "--rows",
            "1-3")
        .tries("--train", "--train", data.other().toString())
        .tries("--data", "--data", data.other().toString(), "--rows", "29")
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", NAIVE_BAYES)
        .tries("--rows", "--rows", "2")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "income")
        .tries("--k", "--k", "2")
        .tries("--distance", "--distance", "standardised")
        .tries("--prototypes", "--prototypes", "3")
        .within(List.of("--prototypes", "3"), "--criticisms", "--criticisms", "2")
        .within(List.of("--prototypes", "3"), "--scope", "--scope", "global")
        .within(List.of("--prototypes", "3"), "--kernel-width", "--kernel-width", "0.2")
        .noOp(
            "--seed",
            "nearest examples and MMD-critic prototypes are deterministic; the seed only seeds a"
                + " randomised --classifier, and J48 is not")
        .check();
  }

  @Test
  void everyMethodsOptionChangesItsOutputOrIsADocumentedNoOp() {
    OptionEffects.of(data.out(), "methods")
        .tries("--family", "--family", "shapley")
        .tries("--format", "--format", "json")
        .check();
  }
}
