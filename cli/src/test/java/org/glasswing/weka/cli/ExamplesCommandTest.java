package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesCommandTest {

  private static final String J48 = "weka.classifiers.trees.J48";

  @TempDir Path dir;
  private Path small;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
  }

  @Test
  void listsTheNearestTrainingRowsOfEachSelectedRowLeavingOutTheRowItself() {
    CliRun run =
        CliRun.of(
            "examples",
            "--train",
            small.toString(),
            "--classifier",
            J48,
            "--rows",
            "3,7",
            "--k",
            "3");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(ExamplesCommand.NEIGHBOURS_HEADER);
    assertThat(lines).hasSize(1 + 2 * 3);
    Dataset data = WekaData.dataset(TestData.arff(TestData.smallArff()));
    RowDistance gower = RowDistance.gower(data);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      int row = Integer.parseInt(cells[0]);
      int trainRow = Integer.parseInt(cells[4]);
      assertThat(row).isIn(3, 7);
      assertThat(trainRow).isNotEqualTo(row);
      double expected = gower.between(data.row(row - 1), data.row(trainRow - 1));
      assertThat(Double.parseDouble(cells[5])).isEqualTo(expected);
      assertThat(cells[6]).isEqualTo(data.schema().target().format(data.value(trainRow - 1, 3)));
    }
    // ranks 1..3 for row 3, distances ascending
    assertThat(lines.get(1)).startsWith("3,").contains(",1,");
    double first = Double.parseDouble(lines.get(1).split(",")[5]);
    double third = Double.parseDouble(lines.get(3).split(",")[5]);
    assertThat(first).isLessThanOrEqualTo(third);
  }

  @Test
  void choosesPrototypesPerClassFromThatClass() {
    CliRun run =
        CliRun.of(
            "examples", "--train", small.toString(), "--prototypes", "2", "--criticisms", "1");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(ExamplesCommand.PROTOTYPES_HEADER);
    assertThat(lines).hasSize(1 + 2 * 3);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      assertThat(cells[4]).isEqualTo(cells[0]); // a row's label is its group
      assertThat(Double.parseDouble(cells[6])).isNotNegative();
    }
  }

  @Test
  void badOptionsAreOneLineUserErrors() {
    CliRun zero = CliRun.of("examples", "--train", small.toString(), "--k", "0");
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err().strip()).isEqualTo("glasswing: error: --k 0: must be at least 1");

    CliRun json = CliRun.of("examples", "--train", small.toString(), "--format", "json");
    assertThat(json.code()).isEqualTo(2);
    assertThat(json.err()).contains("--format").hasLineCount(1);

    CliRun tooMany =
        CliRun.of(
            "examples", "--train", small.toString(), "--prototypes", "40", "--scope", "global");
    assertThat(tooMany.code()).isEqualTo(2);
    assertThat(tooMany.err()).contains("only 30 rows").hasLineCount(1);
  }

  @Test
  void theRowItselfIsLeftOutWhenDataIsTheTrainingFileUnderAnotherName() throws Exception {
    Path copy = dir.resolve("copy.arff");
    Files.writeString(copy, TestData.smallArff());
    CliRun run =
        CliRun.of(
            "examples",
            "--train",
            small.toString(),
            "--data",
            copy.toString(),
            "--classifier",
            J48,
            "--k",
            "29",
            "--rows",
            "1-30",
            "-q");

    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + 30 * 29);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells[4]).isNotEqualTo(cells[0]);
      assertThat(cells[11]).isIn("true", "false");
      assertThat(cells[11].equals("true")).isEqualTo(Double.parseDouble(cells[5]) == 0);
    }
  }
}
