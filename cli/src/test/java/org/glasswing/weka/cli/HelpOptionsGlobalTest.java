package org.glasswing.weka.cli;

import static org.glasswing.weka.cli.HelpOptionsTest.J48;
import static org.glasswing.weka.cli.HelpOptionsTest.NAIVE_BAYES;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OptionEffects} for the commands about the whole model: importance, profile, map, ... */
class HelpOptionsGlobalTest {

  private static final String LOGISTIC = "weka.classifiers.functions.Logistic";

  @TempDir Path dir;
  private HelpData data;

  @BeforeEach
  void writeData() {
    data = HelpData.in(dir);
  }

  @Test
  void everyImportanceOptionChangesItsOutputOrIsRefusedWhereItDoesNotApply() {
    List<String> shapley = List.of("--method", "mean-abs-shapley");
    OptionEffects.of(
            data.out(),
            "importance",
            "--train",
            data.small().toString(),
            "--classifier",
            NAIVE_BAYES)
        .tries("--train", "--train", data.other().toString())
        .within(shapley, "--data", "--data", data.reversed().toString())
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", J48)
        .within(shapley, "--rows", "--rows", "1-3")
        .tries("--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "income")
        .tries("--method", "--method", "loco")
        .tries("--test", "--test", data.other().toString())
        .tries("--metric", "--metric", "log-loss")
        .tries("--folds", "--folds", "3")
        .tries("--repeats", "--repeats", "2")
        .within(
            List.of(
                "--method",
                "mean-abs-shapley",
                "--classifier",
                "weka.classifiers.functions.Logistic",
                "--ignore",
                "colour"),
            "--budget",
            "--budget",
            "8")
        .within(shapley, "--background-size", "--background-size", "5")
        .within(
            List.of("--method", "mean-abs-shapley", "--background-size", "5"),
            "--background-summary",
            "--background-summary",
            "kmedoids")
        .refused("--budget", "--budget", "8")
        .refused("--background-size", "--background-size", "5")
        .refused("--background-summary", "--background-summary", "kmedoids")
        .refused("--rows", "--rows", "1-3")
        .check();
  }

  @Test
  void everyProfileOptionChangesItsOutputOrIsADocumentedNoOp() {
    OptionEffects.of(
            data.out(),
            "profile",
            "--train",
            data.small().toString(),
            "--classifier",
            NAIVE_BAYES,
            "--features",
            "income")
        .tries("--train", "--train", data.other().toString())
        .tries("--data", "--data", data.reversed().toString())
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", J48)
        .tries("--rows", "--rows", "1-3")
        .within(List.of("--max-rows", "5"), "--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "age")
        .tries("--features", "--features", "age")
        .tries("--pair", "--pair", "age,income")
        .tries("--target", "--target", "yes")
        .tries("--grid", "--grid", "3")
        .tries("--no-ice", "--no-ice")
        .tries("--ale", "--ale")
        .tries("--max-rows", "--max-rows", "5")
        .check();
  }

  @Test
  void everyInteractionsOptionChangesItsOutputOrIsADocumentedNoOp() {
    OptionEffects.of(
            data.out(),
            "interactions",
            "--train",
            data.small().toString(),
            "--classifier",
            NAIVE_BAYES)
        .tries("--train", "--train", data.other().toString())
        .tries("--data", "--data", data.reversed().toString())
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", J48)
        .tries("--rows", "--rows", "1-12")
        .within(List.of("--sample", "8"), "--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "age")
        .tries("--features", "--features", "age,income")
        .tries("--target", "--target", "yes")
        .tries("--top", "--top", "2")
        .tries("--sample", "--sample", "8")
        .check();
  }

  @Test
  void everyMapOptionChangesItsOutputOrIsRefusedWhereItDoesNotApply() {
    List<String> tsne = List.of("--method", "tsne", "--perplexity", "5", "--iterations", "250");
    OptionEffects.of(
            data.out(), "map", "--train", data.small().toString(), "--classifier", NAIVE_BAYES)
        .tries("--train", "--train", data.other().toString())
        .tries("--data", "--data", data.reversed().toString())
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", J48)
        .tries("--rows", "--rows", "1-12")
        .within(tsne, "--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "age")
        .tries("--method", "--method", "mds")
        .within(List.of("--method", "mds"), "--distance", "--distance", "standardised")
        .refused("--distance", "--distance", "standardised")
        .within(
            List.of("--train", data.iris().toString(), "--method", "tsne", "--iterations", "250"),
            "--perplexity",
            "--perplexity",
            "10")
        .within(
            List.of("--method", "tsne", "--perplexity", "5"), "--iterations", "--iterations", "300")
        .notes("--neighbours", "--neighbours", "3")
        .refused("--perplexity", "--perplexity", "5")
        .refused("--iterations", "--iterations", "300")
        .check();
  }

  @Test
  void everyInfluenceOptionChangesItsOutputOrIsRefusedWhereItDoesNotApply() {
    List<String> exact = List.of("--train", data.noisy().toString(), "--classifier", LOGISTIC);
    OptionEffects.of(
            data.out(),
            "influence",
            "--train",
            data.small().toString(),
            "--classifier",
            NAIVE_BAYES,
            "--rows",
            "1-2")
        .tries("--train", "--train", data.other().toString())
        .tries("--data", "--data", data.reversed().toString())
        .tries("--class", "--class", "colour")
        .tries("--classifier", "--classifier", J48)
        .tries("--rows", "--rows", "3")
        .tries("--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "age")
        .tries("--top", "--top", "2")
        .within(exact, "--approximate", "--approximate", "--subsamples", "10")
        .tries("--subsamples", "--subsamples", "10")
        .tries("--subsample-fraction", "--subsample-fraction", "0.3")
        .refused(
            "--subsamples",
            "--train",
            data.noisy().toString(),
            "--classifier",
            LOGISTIC,
            "--subsamples",
            "10")
        .check();
  }
}
