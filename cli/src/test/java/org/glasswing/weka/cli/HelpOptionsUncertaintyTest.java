package org.glasswing.weka.cli;

import static org.glasswing.weka.cli.HelpOptionsTest.J48;
import static org.glasswing.weka.cli.HelpOptionsTest.NAIVE_BAYES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

/** {@link OptionEffects} for the uncertainty, fairness and glass-box commands. */
class HelpOptionsUncertaintyTest {

  private static final String DROPOUT_NET =
      "org.glasswing.deep.DeepNetClassifier -layers 4 -epochs 2 -dropout 0.3";

  private static final String LINEAR = "weka.classifiers.functions.LinearRegression";

  @TempDir Path dir;
  private HelpData data;

  @BeforeEach
  void writeData() {
    data = HelpData.in(dir);
  }

  @Test
  void everyUncertaintyOptionChangesItsOutputOrIsRefusedWhereItDoesNotApply() {
    List<String> ensemble = List.of("--ensemble");
    List<String> conformal =
        List.of("--train", data.noisy().toString(), "--conformal", "--alpha", "0.2");
    List<String> dropout = List.of("--classifier", DROPOUT_NET, "--mc-dropout");
    OptionEffects.of(
            data.out(),
            "uncertainty",
            "--train",
            data.iris().toString(),
            "--classifier",
            NAIVE_BAYES,
            "--rows",
            "1-20")
        .tries("--train", "--train", data.irisOther().toString())
        .tries("--data", "--data", data.irisOther().toString())
        .within(List.of("--train", data.small().toString()), "--class", "--class", "colour")
        .tries("--classifier", "--classifier", J48)
        .tries("--rows", "--rows", "1-5")
        .within(ensemble, "--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "petallength")
        .tries("--ensemble", "--ensemble")
        .tries("--conformal", "--conformal")
        .tries("--ood", "--ood")
        .tries("--mc-dropout", "--classifier", DROPOUT_NET, "--mc-dropout")
        .tries("--autoencoder", "--autoencoder")
        .within(List.of("--ood"), "--neighbours", "--neighbours", "2")
        .within(ensemble, "--members", "--members", "3")
        .within(
            List.of("--train", data.noisy().toString(), "--conformal"), "--alpha", "--alpha", "0.3")
        .within(conformal, "--calibration-fraction", "--calibration-fraction", "0.5")
        .within(conformal, "--score", "--score", "aps")
        .within(conformal, "--mondrian", "--mondrian")
        .within(dropout, "--mc-samples", "--mc-samples", "3")
        .refused("--neighbours", "--neighbours", "2")
        .refused("--members", "--members", "3")
        .refused("--alpha", "--alpha", "0.3")
        .refused("--mc-samples", "--mc-samples", "3")
        .check();
  }

  @Test
  void everyConformalOptionChangesItsOutputOrIsRefusedWhereItDoesNotApply() {
    List<String> raps =
        List.of(
            "--train",
            data.noisy().toString(),
            "--score",
            "raps",
            "--per-row",
            data.output("rows.csv"));
    List<String> normalised =
        List.of("--class", "petallength", "--classifier", LINEAR, "--score", "normalised");
    OptionEffects.of(
            data.out(), "conformal", "--train", data.iris().toString(), "--classifier", NAIVE_BAYES)
        .tries("--train", "--train", data.irisOther().toString())
        .tries("--class", "--class", "petallength", "--classifier", LINEAR)
        .tries("--classifier", "--classifier", J48)
        .tries("--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "petallength")
        .tries("--test", "--test", data.irisOther().toString())
        .tries("--per-row", "--per-row", data.output("rows.csv"))
        .tries("--folds", "--folds", "3")
        .tries("--alpha", "--alpha", "0.3")
        .tries("--calibration-fraction", "--calibration-fraction", "0.5")
        .tries("--score", "--score", "aps")
        .tries("--mondrian", "--mondrian")
        .within(raps, "--raps-lambda", "--raps-lambda", "0.5")
        .within(
            Stream.concat(raps.stream(), Stream.of("--raps-lambda", "0.5")).toList(),
            "--raps-k",
            "--raps-k",
            "2")
        .within(normalised, "--neighbours", "--neighbours", "2")
        .refused("--raps-lambda", "--raps-lambda", "0.5")
        .refused("--raps-k", "--raps-k", "0")
        .refused("--neighbours", "--neighbours", "2")
        .check();
  }

  @Test
  void everyFairnessOptionChangesItsOutputOrIsADocumentedNoOp() {
    OptionEffects.of(
            data.out(),
            "fairness",
            "--train",
            data.small().toString(),
            "--classifier",
            J48,
            "--protected",
            "colour")
        .tries("--train", "--train", data.other().toString())
        .tries("--class", "--class", "colour", "--protected", "buys")
        .tries("--classifier", "--classifier", NAIVE_BAYES)
        .tries("--seed", "--seed", "5")
        .tries("--output", "--output", data.output("out.csv"))
        .tries("--format", "--format", "json")
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "income")
        .tries("--test", "--test", data.other().toString())
        .tries("--protected", "--protected", "age:40")
        .tries("--positive", "--positive", "yes")
        .tries("--folds", "--folds", "3")
        .tries("--replicates", "--replicates", "50")
        .tries("--level", "--level", "0.8")
        .within(List.of("--classifier", NAIVE_BAYES), "--bins", "--bins", "2")
        .tries("--alpha", "--alpha", "0.3")
        .check();
  }

  @Test
  void everyGlassboxOptionChangesItsOutputOrIsADocumentedNoOp() throws Exception {
    Path credit = dir.resolve("in/credit-200.arff");
    Files.writeString(credit, new Instances(TestData.creditG(), 0, 200).toString());
    // The boosting settings are in the contexts, not the base, since the other learners refuse
    // them; 40 rounds keep the runs short.
    List<String> shapes = List.of("--shapes", data.output("shapes.csv"), "--rounds", "40");
    List<String> pairs =
        List.of(
            "--train", credit.toString(), "--shapes", data.output("shapes.csv"), "--rounds", "40");
    List<String> fast = List.of("--rounds", "40");
    List<String> sparse = List.of("--learner", "sparse-logistic");
    List<String> experts = List.of("--learner", "mixture-of-experts");
    OptionEffects.of(
            data.out(),
            "glassbox",
            "--train",
            data.iris().toString(),
            "--classifier",
            J48,
            "--folds",
            "2")
        .within(fast, "--train", "--train", data.irisOther().toString())
        .within(fast, "--class", "--class", "first", "--classifier", LINEAR)
        .within(fast, "--classifier", "--classifier", "weka.classifiers.rules.ZeroR")
        .within(fast, "--seed", "--seed", "5")
        .within(fast, "--output", "--output", data.output("out.csv"))
        .within(fast, "--digits", "--digits", "2")
        .within(fast, "--ignore", "--ignore", "petallength")
        .within(fast, "--folds", "--folds", "3")
        .within(fast, "--shapes", "--shapes", data.output("shapes.csv"))
        .within(List.of("--shapes", data.output("shapes.csv")), "--rounds", "--rounds", "5")
        .within(shapes, "--learning-rate", "--learning-rate", "0.6")
        .within(shapes, "--max-leaves", "--max-leaves", "8")
        .within(shapes, "--bins", "--bins", "3")
        .within(pairs, "--interaction-bins", "--interaction-bins", "2")
        .within(pairs, "--interactions", "--interactions", "0")
        .within(shapes, "--bags", "--bags", "1")
        .within(shapes, "--validation-fraction", "--validation-fraction", "0.4")
        .within(
            List.of(
                "--rounds",
                "300",
                "--learning-rate",
                "0.9",
                "--max-leaves",
                "8",
                "--min-leaf",
                "1"),
            "--patience",
            "--patience",
            "1")
        .refused("--experts", "--experts", "3")
        .refused("--penalty", "--penalty", "0.1")
        .refused("--path-length", "--path-length", "10")
        .refused("--rule", "--rule", "min")
        .within(shapes, "--min-leaf", "--min-leaf", "20")
        .tries("--learner", "--learner", "sparse-logistic")
        .within(sparse, "--alpha", "--alpha", "0.2")
        .within(sparse, "--path-length", "--path-length", "3")
        .within(sparse, "--min-ratio", "--min-ratio", "0.5")
        .within(sparse, "--cv-folds", "--cv-folds", "2")
        .within(sparse, "--rule", "--rule", "min")
        .noOp(
            "--stability-runs",
            "glassbox reports accuracy and fidelity, which stability selection does not change;"
                + " its frequencies are in glassbox-path and the Weka learner's text view")
        .within(experts, "--experts", "--experts", "1")
        .within(experts, "--penalty", "--penalty", "1")
        .within(experts, "--iterations", "--iterations", "1")
        .check();
  }
}
