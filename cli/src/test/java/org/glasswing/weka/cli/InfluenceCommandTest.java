package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InfluenceCommandTest {

  private static final String LOGISTIC = "weka.classifiers.functions.Logistic -R 1.0";

  @TempDir Path dir;
  private Path small;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
  }

  @Test
  void listsTheMostHelpfulAndHarmfulTrainingRowsPerRow() {
    CliRun run =
        CliRun.of(
            "influence",
            "--train",
            small.toString(),
            "--classifier",
            LOGISTIC,
            "--rows",
            "2,5",
            "--top",
            "3");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(InfluenceCommand.HEADER);
    assertThat(lines).hasSize(1 + 2 * 6);
    for (String line : lines.subList(1, 7)) {
      assertThat(line).startsWith("2,");
    }
    // helpful values descend, harmful values ascend, and helpful ones are at least harmful ones
    double firstHelpful = Double.parseDouble(lines.get(1).split(",")[7]);
    double thirdHelpful = Double.parseDouble(lines.get(3).split(",")[7]);
    double firstHarmful = Double.parseDouble(lines.get(4).split(",")[7]);
    assertThat(firstHelpful).isGreaterThanOrEqualTo(thirdHelpful).isGreaterThan(firstHarmful);
    assertThat(lines.get(1).split(",")[3]).isEqualTo("helpful");
    assertThat(lines.get(4).split(",")[3]).isEqualTo("harmful");
    assertThat(lines.get(1).split(",")[2]).isEqualTo("recorded");
  }

  private CliRun approximate(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "influence",
                "--train",
                small.toString(),
                "--classifier",
                "weka.classifiers.trees.J48",
                "--rows",
                "2,5",
                "-q"));
    args.addAll(List.of(extra));
    if (!args.contains("--top")) {
      args.addAll(List.of("--top", "3"));
    }
    if (!args.contains("--subsamples")) {
      args.addAll(List.of("--subsamples", "20"));
    }
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void otherClassifiersGetTheApproximateEstimateLabelledAsSuch() {
    CliRun run = approximate("--threads", "2");

    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("approximate influence from 20 models").hasLineCount(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(InfluenceCommand.APPROXIMATE_HEADER);
    assertThat(lines.get(0)).startsWith(InfluenceCommand.HEADER + ",");
    assertThat(lines).hasSize(1 + 2 * 6);
    double previous = Double.POSITIVE_INFINITY;
    for (String line : lines.subList(1, 4)) {
      String[] cells = line.split(",");
      assertThat(cells[0]).isEqualTo("2");
      assertThat(cells[3]).isEqualTo("helpful");
      assertThat(cells[8]).isEqualTo("approximate");
      assertThat(Double.parseDouble(cells[9])).isGreaterThanOrEqualTo(0);
      assertThat(Integer.parseInt(cells[10]) + Integer.parseInt(cells[11])).isEqualTo(20);
      double change = Double.parseDouble(cells[7]);
      assertThat(change).isLessThanOrEqualTo(previous);
      previous = change;
    }
    assertThat(lines.get(4).split(",")[3]).isEqualTo("harmful");
    assertThat(Double.parseDouble(lines.get(4).split(",")[7])).isLessThanOrEqualTo(previous);
  }

  @Test
  void theApproximateEstimateIsSeededAndDoesNotDependOnTheThreads() {
    String one = approximate("--threads", "1").out();
    assertThat(approximate("--threads", "2").out()).isEqualTo(one);
    assertThat(approximate("--threads", "1", "--seed", "2").out()).isNotEqualTo(one);
  }

  @Test
  void logisticStaysExactUnlessApproximateIsAsked() {
    CliRun run =
        CliRun.of(
            "influence",
            "--train",
            small.toString(),
            "--classifier",
            LOGISTIC,
            "--rows",
            "1",
            "--approximate",
            "--subsamples",
            "10",
            "-q");
    assertThat(run.code()).isZero();
    assertThat(run.out().lines().findFirst()).contains(InfluenceCommand.APPROXIMATE_HEADER);

    CliRun refused =
        CliRun.of(
            "influence",
            "--train",
            small.toString(),
            "--classifier",
            LOGISTIC,
            "--subsamples",
            "10");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("add --approximate").hasLineCount(1);
  }

  @Test
  void rowsInEverySubsetOrInNoneAreNotRankedAndSaidSo() {
    // 29 of the 30 rows in each of 10 subsets: at most 10 rows are ever left out
    CliRun run = approximate("--subsamples", "10", "--subsample-fraction", "0.95", "--top", "30");
    assertThat(run.code()).isZero();
    assertThat(run.err()).contains("were in every subset or in none");
    List<String> lines = run.out().lines().skip(1).toList();
    long perRow = lines.stream().filter(l -> l.startsWith("2,")).count();
    assertThat(perRow).isPositive().isLessThanOrEqualTo(2 * 10);
    for (String line : lines) {
      String[] cells = line.split(",");
      assertThat(Double.isFinite(Double.parseDouble(cells[7]))).isTrue();
      assertThat(cells[10]).isNotEqualTo("0");
      assertThat(cells[11]).isNotEqualTo("10");
    }
  }

  @Test
  void refusesTooFewSubsamplesAndAFractionOutsideZeroToOne() {
    CliRun few = approximate("--subsamples", "5");
    assertThat(few.code()).isEqualTo(2);
    assertThat(few.err()).contains("--subsamples 5: must be at least 10").hasLineCount(1);
    for (String fraction : List.of("0", "1", "1.5")) {
      CliRun bad = approximate("--subsample-fraction", fraction);
      assertThat(bad.code()).isEqualTo(2);
      assertThat(bad.err())
          .contains("--subsample-fraction " + fraction + ": must be more than 0 and less than 1")
          .hasLineCount(1);
    }
  }
}
