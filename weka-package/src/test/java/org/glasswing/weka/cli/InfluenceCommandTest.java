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

  @Test
  void refusesAModelWithoutAnExactInfluence() {
    CliRun run =
        CliRun.of(
            "influence", "--train", small.toString(), "--classifier", "weka.classifiers.trees.J48");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("only for weka.classifiers.functions.Logistic").hasLineCount(1);
  }
}
