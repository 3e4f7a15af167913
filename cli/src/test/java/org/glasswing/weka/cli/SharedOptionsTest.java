package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glasswing.core.io.Rounding;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options every command shares: --digits, --ignore and -q. */
class SharedOptionsTest {

  private static final String J48 = "weka.classifiers.trees.J48";

  @TempDir Path dir;
  private Path small;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
  }

  private CliRun examples(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("examples", "--train", small.toString(), "--classifier", J48, "-q"));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void digitsRoundEveryNumberOfTheFullPrecisionOutputAndNothingElse() {
    CliRun full = examples();
    CliRun three = examples("--digits", "3");
    assertThat(full.code()).isZero();
    assertThat(three.code()).isZero();
    List<String> fullLines = full.out().lines().toList();
    List<String> threeLines = three.out().lines().toList();
    assertThat(threeLines).hasSameSizeAs(fullLines);
    int rounded = 0;
    for (int i = 1; i < fullLines.size(); i++) {
      String[] a = fullLines.get(i).split(",", -1);
      String[] b = threeLines.get(i).split(",", -1);
      for (int c = 0; c < a.length; c++) {
        if (a[c].contains(".")) {
          assertThat(b[c]).isEqualTo(Rounding.digits(3).format(Double.parseDouble(a[c])));
          assertThat(new BigDecimal(b[c]).stripTrailingZeros().precision()).isLessThanOrEqualTo(3);
          rounded += b[c].equals(a[c]) ? 0 : 1;
        } else {
          assertThat(b[c]).isEqualTo(a[c]);
        }
      }
    }
    assertThat(rounded).isPositive();
  }

  @Test
  void aDigitCountOutOfRangeIsOneLine() {
    CliRun run = examples("--digits", "0");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("glasswing: error: --digits must be 1 to 17, got 0");
  }

  @Test
  void ignoreDropsTheNamedAttributeAndRefusesUnknownNamesAndTheClass() {
    CliRun run =
        CliRun.of(
            "counterfactual",
            "--train",
            small.toString(),
            "--classifier",
            J48,
            "--rows",
            "1-30",
            "--ignore",
            "income",
            "-q");
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(line -> assertThat(line.split(",", -1)[9]).isNotEqualTo("income"))
        .anySatisfy(line -> assertThat(line.split(",", -1)[9]).isIn("age", "colour"));

    CliRun unknown = examples("--ignore", "height");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().lines()).singleElement().asString().contains("'height'");
    CliRun target = examples("--ignore", "buys");
    assertThat(target.code()).isEqualTo(2);
    assertThat(target.err().strip())
        .isEqualTo(
            "glasswing: error: --ignore: 'buys' is the class; choose another one with --class"
                + " NAME");
  }

  @Test
  void everyCommandThatReadsDataTakesQuiet() {
    CliRun uncertainty =
        CliRun.of("uncertainty", "--train", small.toString(), "--classifier", J48, "-q");
    assertThat(uncertainty.code()).isZero();
    for (String command :
        List.of(
            "explain",
            "audit",
            "examples",
            "counterfactual",
            "influence",
            "map",
            "uncertainty",
            "calibration",
            "conformal",
            "sanity",
            "faithfulness",
            "agreement",
            "importance",
            "profile",
            "interactions",
            "surrogate")) {
      CliRun help = CliRun.of(command, "--help");
      assertThat(help.out()).as(command).contains("-q, --quiet").contains("--digits=N");
      assertThat(help.out()).as(command).contains("--ignore=A,B");
    }
  }
}
