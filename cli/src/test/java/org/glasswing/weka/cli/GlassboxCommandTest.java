package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.glasswing.weka.TestData;
import org.glasswing.weka.classifiers.ExplainableBoostingMachine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ArffSaver;

class GlassboxCommandTest {

  @TempDir Path dir;

  private static Map<String, String> metrics(String csv) {
    Map<String, String> m = new HashMap<>();
    csv.lines().skip(1).forEach(l -> m.put(l.split(",")[0], l.split(",")[1]));
    return m;
  }

  /** Both accuracies are those of Weka's own cross-validation of each model, same folds. */
  @Test
  void accuraciesAreWekasCrossValidationOfEachModel() throws Exception {
    Path iris = dir.resolve("iris.arff");
    ArffSaver saver = new ArffSaver();
    saver.setInstances(TestData.iris());
    saver.setFile(iris.toFile());
    saver.writeBatch();
    Path shapes = dir.resolve("shapes.csv");
    CliRun run =
        CliRun.of(
            "glassbox",
            "--train",
            iris.toString(),
            "--classifier",
            "weka.classifiers.trees.J48",
            "--folds",
            "5",
            "--seed",
            "3",
            "--rounds",
            "200",
            "--bags",
            "2",
            "--shapes",
            shapes.toString());
    assertThat(run.code()).as(run.err()).isZero();
    Map<String, String> m = metrics(run.out());
    Instances data = TestData.iris();
    Evaluation j48 = new Evaluation(data);
    j48.crossValidateModel(new J48(), data, 5, new Random(3));
    assertThat(Double.parseDouble(m.get("classifier_accuracy")))
        .isCloseTo(j48.pctCorrect() / 100, within(1e-12));
    ExplainableBoostingMachine ebm = new ExplainableBoostingMachine();
    ebm.setOptions(Utils.splitOptions("-rounds 200 -bags 2 -seed 3"));
    Evaluation glass = new Evaluation(data);
    glass.crossValidateModel(ebm, data, 5, new Random(3));
    assertThat(Double.parseDouble(m.get("glassbox_accuracy")))
        .isCloseTo(glass.pctCorrect() / 100, within(1e-12));
    assertThat(Double.parseDouble(m.get("fidelity"))).isBetween(0.8, 1.0);
    assertThat(m.get("glassbox_pairs")).isEqualTo("0"); // three classes: no pair terms
    assertThat(Files.readAllLines(shapes).get(0)).isEqualTo("term,bin,output,score");
    assertThat(Files.readAllLines(shapes)).anyMatch(l -> l.startsWith("petallength,"));
    // One chart per attribute beside the CSV, a step line per class over the density.
    assertThat(Files.readString(dir.resolve("shapes-petallength.svg")))
        .startsWith("<svg")
        .contains("training rows per bin")
        .contains("Iris-setosa");
    assertThat(run.err()).contains("glasswing: glassbox: the glass box is right on");
  }

  @Test
  void badSettingsAreOneLineWithExitTwo() {
    CliRun run = CliRun.of("glassbox", "--rounds", "0");
    assertThat(run.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("--rounds");
    CliRun folds = CliRun.of("glassbox", "--folds", "1");
    assertThat(folds.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(folds.err()).contains("--folds must be from 2");
  }
}
