package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.glasswing.core.io.GlobalCsvWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobalCommandsTest {

  private static final String LOGISTIC = "weka.classifiers.functions.Logistic";
  private static final String LINEAR = "weka.classifiers.functions.LinearRegression";

  @TempDir Path dir;
  private Path train;
  private Path test;
  private Path numeric;

  /**
   * strong decides the class (with a little label noise), weak nudges it, noise is pure noise,
   * constant never varies, colour has one category.
   */
  private static String synthetic(int rows, long seed, boolean numericClass) {
    StringBuilder arff = new StringBuilder("@relation synthetic\n");
    arff.append("@attribute strong numeric\n@attribute weak numeric\n@attribute noise numeric\n");
    arff.append("@attribute constant numeric\n@attribute colour {red}\n");
    arff.append(numericClass ? "@attribute y numeric\n" : "@attribute y {no,yes}\n");
    arff.append("@data\n");
    Random random = new Random(seed);
    for (int r = 0; r < rows; r++) {
      double strong = random.nextGaussian();
      double weak = random.nextGaussian();
      double noise = random.nextGaussian();
      double score = 3 * strong + 0.7 * weak + 0.5 * random.nextGaussian();
      String y = numericClass ? String.format("%.4f", score) : score > 0 ? "yes" : "no";
      arff.append(String.format("%.4f,%.4f,%.4f,1,red,%s%n", strong, weak, noise, y));
    }
    return arff.toString().replace(",", ",");
  }

  @BeforeEach
  void writeData() throws Exception {
    train = dir.resolve("train.arff");
    test = dir.resolve("test.arff");
    numeric = dir.resolve("numeric.arff");
    Files.writeString(train, synthetic(300, 1, false));
    Files.writeString(test, synthetic(300, 2, false));
    Files.writeString(numeric, synthetic(200, 3, true));
  }

  private static List<String[]> csv(CliRun result) {
    List<String[]> rows = new ArrayList<>();
    for (String line : result.lines().subList(1, result.lines().size())) {
      rows.add(line.split(",", -1));
    }
    return rows;
  }

  @Test
  void permutationImportanceOnATestFileRanksTheStrongFeatureFirstAndNoiseNearZero() {
    CliRun result =
        CliRun.of(
            "importance",
            "--train",
            train.toString(),
            "--classifier",
            LOGISTIC,
            "--test",
            test.toString(),
            "--metric",
            "log-loss",
            "--repeats",
            "20",
            "-q");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.lines().get(0)).isEqualTo(GlobalCsvWriter.IMPORTANCE_HEADER);
    List<String[]> rows = csv(result);
    assertThat(rows.stream().map(r -> r[0]))
        .hasSize(5)
        .containsExactlyInAnyOrder("strong", "weak", "noise", "constant", "colour");
    assertThat(rows.get(0)[0]).isEqualTo("strong");
    assertThat(rows.get(1)[0]).isEqualTo("weak");
    double[] importances = rows.stream().mapToDouble(r -> Double.parseDouble(r[1])).toArray();
    double[] sorted = importances.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      assertThat(importances[i]).isEqualTo(sorted[sorted.length - 1 - i]);
    }
    String[] noise = rows.stream().filter(r -> r[0].equals("noise")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(noise[3])).isLessThanOrEqualTo(0.0);
    assertThat(Double.parseDouble(noise[4])).isGreaterThanOrEqualTo(0.0);
    assertThat(Double.parseDouble(rows.get(0)[3]))
        .isGreaterThan(Double.parseDouble(rows.get(1)[4]));
  }

  @Test
  void crossValidatedPermutationAndLocoAgreeOnTheStrongFeature() {
    CliRun permutation =
        CliRun.of(
            "importance",
            "--train",
            numeric.toString(),
            "--classifier",
            LINEAR,
            "--folds",
            "3",
            "--repeats",
            "3",
            "-q");
    CliRun loco =
        CliRun.of(
            "importance",
            "--method",
            "loco",
            "--train",
            numeric.toString(),
            "--classifier",
            LINEAR,
            "--folds",
            "3",
            "-q");

    assertThat(permutation.code()).as(permutation.err()).isZero();
    assertThat(loco.code()).as(loco.err()).isZero();
    assertThat(csv(permutation).get(0)[0]).isEqualTo("strong");
    assertThat(csv(loco).get(0)[0]).isEqualTo("strong");
    // Without 'strong' the RMSE grows from ~0.5 to ~sqrt(9 + 0.25) ≈ 3.
    assertThat(Double.parseDouble(csv(loco).get(0)[1])).isBetween(2.0, 3.5);
    assertThat(csv(loco)).hasSize(5);
  }

  @Test
  void meanAbsoluteShapleyRanksTheStrongFeatureFirst() {
    CliRun result =
        CliRun.of(
            "importance",
            "--method",
            "mean-abs-shapley",
            "--train",
            train.toString(),
            "--classifier",
            LOGISTIC,
            "--rows",
            "1-20",
            "--budget",
            "64",
            "-q");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.lines().get(0)).isEqualTo(GlobalCsvWriter.IMPORTANCE_HEADER);
    assertThat(csv(result).get(0)[0]).isEqualTo("strong");
    assertThat(csv(result)).hasSize(5);
  }

  @Test
  void profileWritesPdpIceAleAndAPairWithUserRowNumbers() {
    CliRun result =
        CliRun.of(
            "profile",
            "--train",
            train.toString(),
            "--classifier",
            LOGISTIC,
            "--features",
            "strong,weak",
            "--rows",
            "4-6",
            "--grid",
            "5",
            "--ale",
            "--pair",
            "strong,weak",
            "--target",
            "yes",
            "-q");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.lines().get(0)).isEqualTo(GlobalCsvWriter.CURVE_HEADER);
    List<String[]> rows = csv(result);
    assertThat(rows.stream().filter(r -> r[0].equals("pdp"))).hasSize(10);
    assertThat(rows.stream().filter(r -> r[0].equals("ice")).map(r -> r[5]).distinct())
        .containsExactly("4", "5", "6");
    assertThat(rows.stream().filter(r -> r[0].equals("ale")).count()).isBetween(4L, 10L);
    assertThat(rows.stream().filter(r -> r[0].equals("pdp2"))).hasSize(25);
    assertThat(rows.stream().map(r -> r[6]).distinct()).containsExactly("yes");
    double[] strongPdp =
        rows.stream()
            .filter(r -> r[0].equals("pdp") && r[1].equals("strong"))
            .mapToDouble(r -> Double.parseDouble(r[7]))
            .toArray();
    for (int g = 1; g < strongPdp.length; g++) {
      assertThat(strongPdp[g]).as("P(yes) rises with strong").isGreaterThan(strongPdp[g - 1]);
    }
  }

  @Test
  void profileSkipsUnvaryingAttributesByDefaultWithANote() {
    CliRun result =
        CliRun.of(
            "profile",
            "--train",
            train.toString(),
            "--classifier",
            LOGISTIC,
            "--no-ice",
            "--max-rows",
            "50",
            "-q");

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.err())
        .contains("note: skipped")
        .contains("'constant'")
        .contains("'colour' has only one category");
    assertThat(csv(result).stream().map(r -> r[1]).distinct())
        .containsExactly("strong", "weak", "noise");
  }

  @Test
  void interactionsAndSurrogateRun() {
    CliRun interactions =
        CliRun.of(
            "interactions",
            "--train",
            train.toString(),
            "--classifier",
            LOGISTIC,
            "--features",
            "strong,weak,noise",
            "--top",
            "3",
            "--sample",
            "30",
            "-q");
    CliRun surrogate =
        CliRun.of(
            "surrogate", "--train", train.toString(), "--classifier", LOGISTIC, "--max-depth", "2");

    assertThat(interactions.code()).as(interactions.err()).isZero();
    assertThat(interactions.lines().get(0)).isEqualTo(GlobalCsvWriter.INTERACTION_HEADER);
    assertThat(interactions.lines()).hasSize(4);
    assertThat(surrogate.code()).as(surrogate.err()).isZero();
    assertThat(surrogate.out())
        .contains("fidelity (agreement on 90 held-out rows): ")
        .contains("fitted on: 210 rows")
        .contains("max_depth,depth,leaves,fidelity\n1,")
        .contains("strong");
  }

  @Test
  void badInputGivesOneLineAndExitCodeTwo() {
    assertUserError(
        CliRun.of("profile", "--train", train.toString(), "--features", "strong,nope"),
        "--features: unknown attribute 'nope'; the attributes are strong, weak, noise,"
            + " constant, colour");
    assertUserError(
        CliRun.of("profile", "--train", train.toString(), "--features", "constant"),
        "cannot make a grid on feature 'constant': all its known values are 1");
    assertUserError(
        CliRun.of("profile", "--train", train.toString(), "--features", "colour"),
        "nominal feature 'colour' has only one category (red)");
    assertUserError(
        CliRun.of("profile", "--train", train.toString(), "--pair", "strong"),
        "--pair needs two different attributes");
    assertUserError(
        CliRun.of("importance", "--train", train.toString(), "--metric", "rmse"),
        "metric rmse needs a numeric target but 'y' is nominal");
    assertUserError(
        CliRun.of("importance", "--train", numeric.toString(), "--metric", "auc"),
        "metric auc needs a nominal target but 'y' is numeric");
    assertUserError(
        CliRun.of("importance", "--train", train.toString(), "--method", "shap"),
        "unknown --method 'shap'");
    assertUserError(
        CliRun.of("profile", "--train", train.toString(), "--target", "maybe"),
        "--target: no class 'maybe'; the classes are no, yes");
    assertUserError(
        CliRun.of("surrogate", "--train", train.toString(), "--holdout", "1.5"),
        "--holdout 1.5: must be more than 0 and less than 1");
  }

  @Test
  void aSavedModelIsScoredOnTestOrDataRowsAndCannotBeCrossValidated() throws Exception {
    weka.classifiers.functions.Logistic logistic = new weka.classifiers.functions.Logistic();
    weka.core.Instances rows = org.glasswing.weka.TestData.arff(Files.readString(train));
    logistic.buildClassifier(rows);
    Path saved = dir.resolve("logistic.model");
    weka.core.SerializationHelper.writeAll(
        saved.toString(), new Object[] {logistic, new weka.core.Instances(rows, 0)});

    CliRun onData =
        CliRun.of("importance", "--model", saved.toString(), "--data", test.toString(), "-q");
    CliRun onTest =
        CliRun.of(
            "importance",
            "--model",
            saved.toString(),
            "--data",
            test.toString(),
            "--test",
            test.toString(),
            "-q");

    assertThat(onData.code()).as(onData.err()).isZero();
    assertThat(onData.out()).isEqualTo(onTest.out());
    assertThat(csv(onData).get(0)[0]).isEqualTo("strong");
    assertUserError(
        CliRun.of("importance", "--train", train.toString(), "--data", test.toString()),
        "--data is not held out from the training data; give --test FILE");
    assertUserError(
        CliRun.of(
            "importance",
            "--method",
            "loco",
            "--model",
            saved.toString(),
            "--data",
            test.toString()),
        "loco retrains the classifier");
  }

  private static void assertUserError(CliRun result, String expected) {
    assertThat(result.code()).as(result.err()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(result.err()).startsWith("glasswing: error: ").contains(expected);
    assertThat(result.err().strip().lines()).hasSize(1);
    assertThat(result.out()).isEmpty();
  }
}
