package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure of {@code glasswing bench shapley --quick}, and its checks; not its timings. */
class ShapleyBenchCommandTest {

  /** The project's copy of the task, seen from the module directory the tests run in. */
  private static final Path DATA =
      Path.of("").toAbsolutePath().getParent().resolve("bench/data/friedman");

  private static double figure(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("%s in%n%s", regex, text).isTrue();
    return Double.parseDouble(matcher.group(1));
  }

  @Test
  void quickRunPrintsEveryTableAndKernelShapEqualsExactOnTheAnalyticModel() {
    CliRun result =
        CliRun.of("bench", "shapley", "--quick", "--data-dir", DATA.toString(), "--threads", "2");
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    String out = result.out();
    assertThat(out)
        .contains("(a) analytic Friedman-1 model", "(b) Weka RandomForest, 5 trees", "(c) accuracy")
        .contains("s (1 thread)", "s (2 threads)", "speed-up", "overhead", "evaluations");
    for (String method :
        List.of(
            "exact-shapley ",
            "kernel-shap ",
            "sampling-shapley ",
            "tree-shap path ",
            "tree-shap interventional ")) {
      assertThat(out.lines().filter(line -> line.startsWith(method))).as(method).isNotEmpty();
    }
    // 5 rows x 2^10 coalitions x 100 background rows, for exact-shapley and for kernel-shap at
    // 2048.
    assertThat(out).containsPattern("exact-shapley +all +5 +512000 ");
    assertThat(out).containsPattern("kernel-shap +2048 +5 +512000 ");
    assertThat(
            figure(
                out, "kernel-shap 2048 coalitions vs exact-shapley: max \\|difference\\| (\\S+)"))
        .isLessThan(1e-9);
    assertThat(figure(out, "vs the closed form (\\S+)\\)")).isLessThan(1e-9);
    assertThat(
            figure(out, "tree-shap interventional vs exact-shapley.*: max \\|difference\\| (\\S+)"))
        .isLessThan(1e-9);
    assertThat(
            out.lines()
                .filter(line -> line.matches("(EASY|HARD) (kernel-shap|sampling-shapley) .*")))
        .hasSize(4)
        .allSatisfy(line -> assertThat(line.split("\\)", -1)).hasSize(4 + 1));
    assertThat(figure(out, "EASY kernel-shap +(\\S+)")).isLessThan(1e-9);
    assertThat(figure(out, "HARD kernel-shap +(\\S+)")).isGreaterThan(1e-6);
  }

  @Test
  void csvHoldsEveryTimingAndPeerFiguresComeWithTheirSourceNeverAsRatios(@TempDir Path dir)
      throws Exception {
    Path csv = dir.resolve("bench.csv");
    CliRun result =
        CliRun.of(
            "bench", "shapley", "--quick", "--data-dir", DATA.toString(), "--csv", csv.toString());
    assertThat(result.code()).isZero();
    assertThat(result.err()).contains("timings written to " + csv);
    String out = result.out();
    assertThat(out).doesNotContain("another tool").doesNotContainPattern("\\d+x more");
    assertThat(out).contains("NOT measured in this run", "source: issue 21", "date: ", "machine: ");
    // The compiled forest predicts what Weka predicts.
    assertThat(figure(out, "bare cost of the forest.*max \\|difference\\| (\\S+)"))
        .isLessThan(1e-9);
    List<String> lines = java.nio.file.Files.readAllLines(csv);
    assertThat(lines.get(0)).startsWith("part,method,budget,rows,evaluations,seconds_1_thread");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("analytic,kernel-shap,2048,5,512000,"))
        .anyMatch(l -> l.startsWith("forest,predict: compiled forest,-,10000,10000,"))
        .anyMatch(l -> l.startsWith("forest,tree-shap path,"))
        .anyMatch(l -> l.startsWith("forest,kernel-shap,2048,1,"));
    // Every overhead measured on the method's own batches is a positive ratio.
    assertThat(lines.subList(1, lines.size()))
        .filteredOn(l -> l.contains("shapley") || l.contains("kernel-shap"))
        .allSatisfy(l -> assertThat(Double.parseDouble(l.split(",", -1)[8])).isPositive());
  }

  @Test
  void aCsvInAMissingFolderIsRefusedBeforeTheRun(@TempDir Path dir) {
    Path csv = dir.resolve("no-such-folder").resolve("bench.csv");
    CliRun result =
        CliRun.of(
            "bench", "shapley", "--quick", "--data-dir", DATA.toString(), "--csv", csv.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().strip())
        .startsWith("glasswing: error: --csv " + csv)
        .contains("does not exist")
        .doesNotContain("\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void aMissingDataDirectoryIsOneLineAndExitCodeTwo(@TempDir Path empty) {
    CliRun result = CliRun.of("bench", "shapley", "--quick", "--data-dir", empty.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err().strip())
        .startsWith("glasswing: error: no train.csv in " + empty)
        .contains("give --data-dir")
        .doesNotContain("\n");
    assertThat(CliRun.of("bench").err())
        .contains("missing a benchmark; try 'glasswing bench shapley'");
    assertThat(CliRun.of("bench", "shapley", "--runs", "0").err())
        .contains("--runs must be at least 1");
  }

  @Test
  void digitsRoundTheTimingTablesAndTheCsv(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("bench.csv");
    CliRun result =
        CliRun.of(
            "bench",
            "shapley",
            "--quick",
            "--data-dir",
            DATA.toString(),
            "--digits",
            "2",
            "--csv",
            csv.toString());
    assertThat(result.code()).as(result.err()).isZero();
    List<String> lines = java.nio.file.Files.readAllLines(csv);
    assertThat(lines).hasSizeGreaterThan(3);
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String seconds = line.split(",", -1)[5];
      if (!seconds.isEmpty()) {
        assertThat(twoDigits(Double.parseDouble(seconds))).as(line).isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(2);
    // the table's "s (1 thread)" column follows --digits too: no cell keeps three decimals of
    // a figure with more than two significant digits
    for (String row : result.lines()) {
      if (row.startsWith("exact-shapley") || row.startsWith("kernel-shap")) {
        String[] cells = row.trim().split("\\s+");
        String oneThread = cells[cells.length - 5];
        assertThat(twoDigits(Double.parseDouble(oneThread))).as(row).isTrue();
      }
    }
    assertThat(CliRun.of("bench", "shapley", "--digits", "18").err())
        .isEqualTo("glasswing: error: --digits must be 1 to 17, got 18\n");
  }

  private static boolean twoDigits(double value) {
    return value == 0
        || new java.math.BigDecimal(value).round(new java.math.MathContext(2)).doubleValue()
            == value;
  }
}
