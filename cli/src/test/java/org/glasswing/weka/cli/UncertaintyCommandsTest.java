package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.converters.ArffSaver;

class UncertaintyCommandsTest {

  private static final String J48 = "weka.classifiers.trees.J48";

  @TempDir Path dir;
  private Path iris;

  @BeforeEach
  void writeData() throws Exception {
    iris = dir.resolve("iris.arff");
    save(TestData.iris(), iris);
  }

  private static void save(Instances data, Path file) throws Exception {
    ArffSaver saver = new ArffSaver();
    saver.setInstances(data);
    saver.setFile(file.toFile());
    saver.writeBatch();
  }

  private static Map<String, Double> metrics(String csv) {
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).isEqualTo("metric,value");
    Map<String, Double> values = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(",");
      values.put(parts[0], Double.parseDouble(parts[1]));
    }
    return values;
  }

  @Test
  void calibrationByCrossValidationAgreesWithWekasEvaluation() throws Exception {
    CliRun result =
        CliRun.of(
            "calibration",
            "--train",
            iris.toString(),
            "--classifier",
            J48,
            "--folds",
            "5",
            "--seed",
            "3");

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    Map<String, Double> m = metrics(result.out());
    assertThat(m).containsKeys("accuracy", "ece", "ece_equal_mass", "mce", "brier", "nll");
    Evaluation weka = new Evaluation(TestData.iris());
    // J48 without reduced-error pruning takes no seed: --seed only sets the folds
    weka.crossValidateModel(new J48(), TestData.iris(), 5, new Random(3));
    assertThat(m.get("accuracy")).isCloseTo(weka.pctCorrect() / 100, within(1e-12));
    assertThat(m.get("rows")).isEqualTo(150);
    assertThat(m.get("mce")).isGreaterThanOrEqualTo(m.get("ece"));
  }

  @Test
  void calibrateReportsBeforeAndAfterAndTheReliabilityTable() throws Exception {
    Path bins = dir.resolve("bins.csv");
    CliRun result =
        CliRun.of(
            "calibration",
            "--train",
            iris.toString(),
            "--classifier",
            "weka.classifiers.bayes.NaiveBayes",
            "--calibrate",
            "temperature",
            "--bins",
            "10",
            "--reliability",
            bins.toString());

    assertThat(result.code()).as(result.err()).isZero();
    Map<String, Double> m = metrics(result.out());
    assertThat(m).containsKeys("ece_calibrated", "nll_calibrated", "accuracy_calibrated");
    // temperature scaling never changes the predicted class
    assertThat(m.get("accuracy_calibrated")).isEqualTo(m.get("accuracy"));
    List<String> lines = Files.readAllLines(bins);
    assertThat(lines.get(0))
        .isEqualTo("probabilities,bin,lower,upper,count,mean_confidence,accuracy");
    assertThat(lines).hasSize(1 + 2 * 10);
    int counted =
        lines.subList(1, 11).stream().mapToInt(l -> Integer.parseInt(l.split(",")[4])).sum();
    assertThat(counted).isEqualTo(150);
  }

  @Test
  void calibrationWithOneClassInTheDataIsAUserError() throws Exception {
    Path one = dir.resolve("one.arff");
    StringBuilder arff = new StringBuilder("@relation one\n@attribute x numeric\n");
    arff.append("@attribute y {no,yes}\n@data\n");
    for (int i = 0; i < 20; i++) {
      arff.append(i).append(",no\n");
    }
    Files.writeString(one, arff);
    CliRun result =
        CliRun.of("calibration", "--train", one.toString(), "--classifier", J48, "--folds", "2");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().lines()).hasSize(1);
    assertThat(result.err()).contains("one class");
  }

  @Test
  void conformalOnHeldOutFoldsCoversAndWritesSetsPerRow() throws Exception {
    Path perRow = dir.resolve("sets.csv");
    CliRun result =
        CliRun.of(
            "conformal",
            "--train",
            iris.toString(),
            "--classifier",
            "weka.classifiers.bayes.NaiveBayes",
            "--alpha",
            "0.1",
            "--score",
            "aps",
            "--per-row",
            perRow.toString());

    assertThat(result.code()).as(result.err()).isZero();
    Map<String, Double> m = metrics(result.out());
    assertThat(m.get("coverage")).isGreaterThanOrEqualTo(0.85);
    assertThat(m)
        .containsKeys(
            "mean_set_size", "singleton_rate", "empty_rate", "coverage_class_Iris-setosa");
    List<String> lines = Files.readAllLines(perRow);
    assertThat(lines.get(0))
        .isEqualTo("row,set,p_value_Iris-setosa,p_value_Iris-versicolor,p_value_Iris-virginica");
    assertThat(lines).hasSize(151);
    assertThat(lines.get(1)).startsWith("1,{");
  }

  @Test
  void conformalIntervalsForANumericClass() {
    CliRun result =
        CliRun.of(
            "conformal",
            "--class",
            "duration",
            "--classifier",
            "weka.classifiers.trees.REPTree",
            "--score",
            "normalised",
            "--folds",
            "5");

    assertThat(result.code()).as(result.err()).isZero();
    Map<String, Double> m = metrics(result.out());
    assertThat(m.get("coverage")).isBetween(0.85, 0.97);
    assertThat(m.get("mean_width")).isPositive();
  }

  @Test
  void conformalBadInputIsOneLineWithExitTwo() {
    CliRun alpha = CliRun.of("conformal", "--train", iris.toString(), "--alpha", "1.5");
    assertThat(alpha.code()).isEqualTo(2);
    assertThat(alpha.err()).contains("alpha").hasLineCount(1);

    CliRun numeric = CliRun.of("conformal", "--class", "duration", "--score", "lac");
    assertThat(numeric.code()).isEqualTo(2);
    assertThat(numeric.err()).contains("classification-only").hasLineCount(1);

    // 30 rows, 10 folds: 27 rows per fold, 8 of them calibrate, fewer than 1/alpha = 10
    Path small = dir.resolve("small.arff");
    CliRun few;
    try {
      Files.writeString(small, TestData.smallArff());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    few = CliRun.of("conformal", "--train", small.toString(), "--classifier", J48);
    assertThat(few.code()).isEqualTo(2);
    assertThat(few.err()).contains("too few calibration rows").hasLineCount(1);

    CliRun scores = CliRun.of("uncertainty", "--class", "duration");
    assertThat(scores.code()).isEqualTo(2);
    assertThat(scores.err()).contains("nominal class").hasLineCount(1);
  }

  @Test
  void uncertaintyWritesOneLinePerSelectedRowWithEveryOptionalColumn() {
    CliRun result =
        CliRun.of(
            "uncertainty",
            "--train",
            iris.toString(),
            "--classifier",
            J48,
            "--rows",
            "1-3,120",
            "--ensemble",
            "--members",
            "4",
            "--conformal",
            "--ood");

    assertThat(result.code()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "row,predicted,max_prob,margin,entropy,ensemble_variance,ensemble_disagreement,"
                + "mutual_information,set,knn_distance,knn_percentile,mahalanobis,"
                + "mahalanobis_percentile,actual,correct");
    assertThat(lines).hasSize(5);
    assertThat(lines.subList(1, 5))
        .extracting(l -> l.split(",")[0])
        .containsExactly("1", "2", "3", "120");
    String[] first = lines.get(1).split(",");
    assertThat(first[1]).isEqualTo("Iris-setosa");
    assertThat(Double.parseDouble(first[2])).isBetween(0.5, 1.0);
    assertThat(first[8]).contains("Iris-setosa");
  }

  @Test
  void uncertaintyScoresEveryRowByDefault() {
    CliRun result = CliRun.of("uncertainty", "--train", iris.toString(), "--classifier", J48);

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out().lines()).hasSize(151);
    assertThat(result.out().lines().findFirst())
        .hasValue("row,predicted,max_prob,margin,entropy,actual,correct");
  }
}
