package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class FairnessCommandTest {

  private static final String[] RUN = {
    "fairness",
    "--classifier",
    "weka.classifiers.trees.J48",
    "--folds",
    "5",
    "--seed",
    "4",
    "--replicates",
    "50"
  };

  private static CliRun credit;

  @BeforeAll
  static void runOnce() {
    credit = CliRun.of(with("--protected", "personal_status,age:25,60"));
  }

  private static String[] with(String... more) {
    String[] args = java.util.Arrays.copyOf(RUN, RUN.length + more.length);
    System.arraycopy(more, 0, args, RUN.length, more.length);
    return args;
  }

  @Test
  void writesOneRowPerMetricAndGroupThenTheGaps() {
    assertThat(credit.code()).isZero();
    List<String> lines = credit.lines();
    assertThat(lines.get(0)).isEqualTo(FairnessOutput.HEADER);
    // personal_status: 4 groups x (6 metrics + calibration by chance) + 5 gaps; age: 3 x 7 + 5
    assertThat(lines).hasSize(1 + 4 * 7 + 5 + 3 * 7 + 5);
    assertThat(lines)
        .anyMatch(l -> l.startsWith("age,demographic parity difference,"))
        .anyMatch(l -> l.startsWith("age,selection rate,age < 25,,149,"))
        .anyMatch(l -> l.startsWith("personal_status,equalised odds difference,"));
    assertThat(credit.err()).contains("glasswing: fairness: ");
  }

  /** The selection rates equal counts of Weka's own cross-validated predictions, group by group. */
  @Test
  void selectionRatesAreCountsOfTheCrossValidatedPredictions() throws Exception {
    Instances data = TestData.creditG();
    CrossValidatedPredictions cv =
        CrossValidatedPredictions.crossValidate(
            new J48(), data, 5, 4, ProgressListener.NONE, CancellationToken.NONE);
    int age = data.attribute("age").index();
    int[] rows = new int[3];
    int[] good = new int[3];
    for (int r = 0; r < data.numInstances(); r++) {
      double a = data.instance(r).value(age);
      int g = a < 25 ? 0 : a < 60 ? 1 : 2;
      double[] p = cv.distribution(r);
      rows[g]++;
      good[g] += p[0] >= p[1] ? 1 : 0;
    }
    String[] names = {"age < 25", "25 <= age < 60", "age >= 60"};
    for (int g = 0; g < 3; g++) {
      String prefix = "age,selection rate," + names[g] + ",," + rows[g] + ",";
      String line =
          credit.lines().stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
      assertThat(Double.parseDouble(line.split(",")[5]))
          .isCloseTo(good[g] / (double) rows[g], within(1e-12));
    }
  }

  @Test
  void quietLeavesOutTheVerdictAndJsonCarriesIt() {
    CliRun quiet = CliRun.of(with("--protected", "foreign_worker", "-q", "--format", "json"));
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).doesNotContain("fairness:");
    assertThat(quiet.out())
        .startsWith("{\"fairness\": [")
        .contains("\"attribute\": \"foreign_worker\"")
        .contains("\"headline\": ")
        .contains("\"metric\": \"demographic parity ratio\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--protected|income|no attribute 'income' in the data; name one of: checking_status",
        "--protected|personal_status:3|is nominal",
        "--protected|age:60,25|increasing order",
        "--positive|excellent|--positive 'excellent' is not a class of the data; give one of: good,"
            + " bad",
        "--alpha|0.001|"
      })
  void badInputIsOneLineWithExitTwo(String option, String value, String message) {
    String[] args =
        option.equals("--protected")
            ? with(option, value)
            : with("--protected", "foreign_worker", option, value);
    CliRun run = CliRun.of(args);
    assertThat(run.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains(message == null ? "" : message).doesNotContain("Exception");
  }

  @Test
  void withoutProtectedAttributesSaysHowToNameThem() {
    CliRun run = CliRun.of(RUN);
    assertThat(run.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(run.err()).contains("--protected NAME[,NAME2]");
  }
}
