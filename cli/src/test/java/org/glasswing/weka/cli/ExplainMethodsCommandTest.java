package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end tests of {@code glasswing explain} with kernel-shap, tree-shap, the tolerance stop and
 * the k-medoids background: estimators against exact-shapley through the command line, and every
 * bad combination as one line with exit code 2.
 */
class ExplainMethodsCommandTest {

  private static final String J48 = "weka.classifiers.trees.J48";
  private static final String FOREST = "weka.classifiers.trees.RandomForest -I 10";
  private static final String LOGISTIC = "weka.classifiers.functions.Logistic";

  @TempDir Path dir;
  private Path small;
  private Path mixed;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
    mixed = dir.resolve("mixed.arff");
    Files.writeString(mixed, mixedArff(60, 11));
  }

  /**
   * Five attributes (four numeric, one nominal) and a three-class target that depends on four of
   * them with interactions; rows 3 and 8 have a missing value.
   */
  static String mixedArff(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder arff = new StringBuilder("@relation mixed\n");
    arff.append("@attribute x1 numeric\n@attribute x2 numeric\n@attribute kind {a,b,c}\n");
    arff.append("@attribute x3 numeric\n@attribute x4 numeric\n@attribute class {p,q,r}\n@data\n");
    String[] kinds = {"a", "b", "c"};
    for (int i = 0; i < rows; i++) {
      double x1 = random.nextDouble();
      double x2 = random.nextDouble();
      int kind = random.nextInt(3);
      double x3 = random.nextDouble();
      double x4 = random.nextDouble();
      double score = x1 * x2 * 3 + (kind == 1 ? 0.8 : 0) - x3 + 0.3 * random.nextGaussian();
      String label = score < 0.2 ? "p" : score < 0.9 ? "q" : "r";
      arff.append(i == 2 ? "?" : String.format(Locale.ROOT, "%.4f", x1)).append(',');
      arff.append(String.format(Locale.ROOT, "%.4f", x2)).append(',');
      arff.append(i == 7 ? "?" : kinds[kind]).append(',');
      arff.append(String.format(Locale.ROOT, "%.4f,%.4f,", x3, x4)).append(label).append('\n');
    }
    return arff.toString();
  }

  private CliRun explain(Path data, String classifier, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("explain", "--train", data.toString(), "--classifier", classifier));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** One CSV line of output. */
  private record Line(
      int row,
      String target,
      double base,
      double prediction,
      String feature,
      double attribution,
      String error) {
    String key() {
      return row + "/" + target + "/" + feature;
    }
  }

  private static List<Line> lines(CliRun run) {
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst())
        .hasValue("row,target,base_value,prediction,feature,value,attribution,std_error");
    return run.out()
        .lines()
        .skip(1)
        .map(line -> line.split(",", -1))
        .map(
            f ->
                new Line(
                    Integer.parseInt(f[0]),
                    f[1],
                    Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]),
                    f[4],
                    Double.parseDouble(f[6]),
                    f[7]))
        .toList();
  }

  private static Map<String, Line> byKey(List<Line> lines) {
    Map<String, Line> map = new LinkedHashMap<>();
    lines.forEach(line -> map.put(line.key(), line));
    return map;
  }

  /** Same rows, targets and features; every attribution, base and prediction within 1e-9. */
  private static void assertSameValues(List<Line> actual, List<Line> expected) {
    Map<String, Line> want = byKey(expected);
    assertThat(byKey(actual).keySet()).containsExactlyElementsOf(want.keySet());
    for (Line line : actual) {
      Line other = want.get(line.key());
      assertThat(line.attribution()).as(line.key()).isCloseTo(other.attribution(), within(1e-9));
      assertThat(line.base()).as(line.key()).isCloseTo(other.base(), within(1e-9));
      assertThat(line.prediction()).as(line.key()).isCloseTo(other.prediction(), within(1e-9));
    }
  }

  private static void assertEfficient(List<Line> lines) {
    Map<String, Double> sums = new HashMap<>();
    Map<String, Double> gaps = new HashMap<>();
    for (Line line : lines) {
      String key = line.row() + "/" + line.target();
      sums.merge(key, line.attribution(), Double::sum);
      gaps.put(key, line.prediction() - line.base());
    }
    sums.forEach((key, sum) -> assertThat(sum).as(key).isCloseTo(gaps.get(key), within(1e-9)));
  }

  @Test
  void kernelShapWithABudgetOfAllCoalitionsEqualsExactShapley() {
    String[] rows = {"--rows", "1-12", "--target", "all", "--background-size", "20"};
    List<Line> exact = lines(explain(mixed, LOGISTIC, concat(rows, "--method", "exact-shapley")));
    for (String budget : List.of("32", "500")) {
      List<Line> kernel =
          lines(
              explain(
                  mixed, LOGISTIC, concat(rows, "--method", "kernel-shap", "--budget", budget)));
      assertSameValues(kernel, exact);
      // Every coalition evaluated: the standard errors are there, and zero.
      assertThat(kernel).allSatisfy(line -> assertThat(line.error()).isNotEmpty());
      assertThat(kernel).allSatisfy(line -> assertThat(Double.parseDouble(line.error())).isZero());
    }
    List<Line> onSmall =
        lines(explain(small, J48, "--method", "kernel-shap", "--budget", "8", "--rows", "1-9"));
    assertSameValues(
        onSmall, lines(explain(small, J48, "--method", "exact-shapley", "--rows", "1-9")));
  }

  @Test
  void kernelShapBelowTheFullBudgetEstimatesWithStandardErrors() {
    List<Line> exact =
        lines(explain(mixed, LOGISTIC, "--method", "exact-shapley", "--rows", "first-last"));
    List<Line> kernel =
        lines(
            explain(
                mixed,
                LOGISTIC,
                "--method",
                "kernel-shap",
                "--budget",
                "24",
                "--rows",
                "first-last"));
    assertEfficient(kernel);
    Map<String, Line> want = byKey(exact);
    double error = 0;
    boolean inexact = false;
    for (Line line : kernel) {
      double se = Double.parseDouble(line.error());
      double gap = Math.abs(line.attribution() - want.get(line.key()).attribution());
      inexact |= gap > 1e-9;
      error += gap / kernel.size();
      assertThat(se).as(line.key()).isGreaterThanOrEqualTo(0);
    }
    assertThat(inexact).as("24 of 32 coalitions cannot be exact everywhere").isTrue();
    assertThat(error).isLessThan(0.02);
  }

  @Test
  void treeShapEqualsExactShapleyOnJ48AndRandomForestMissingValuesIncluded() {
    for (String classifier : List.of(J48, FOREST, "weka.classifiers.trees.REPTree")) {
      for (Path data : List.of(small, mixed)) {
        String[] args = {"--rows", "1-10", "--target", "all", "--background-size", "25"};
        CliRun tree = explain(data, classifier, concat(args, "--method", "tree-shap"));
        List<Line> treeLines = lines(tree);
        assertSameValues(
            treeLines, lines(explain(data, classifier, concat(args, "--method", "exact-shapley"))));
        assertThat(treeLines).allSatisfy(line -> assertThat(line.error()).isEmpty());
        String missingRow = data == small ? "row 5 " : "rows 3, 8 ";
        assertThat(tree.err().strip())
            .as(classifier)
            .startsWith("glasswing: note: " + missingRow)
            .contains("missing values", "the classifier's own missing-value handling exactly")
            .contains("equal exact-shapley's");
      }
    }
  }

  @Test
  void treeShapPathModeNeedsNoBackgroundAndIsEfficient() {
    CliRun path =
        explain(
            mixed,
            FOREST,
            "--method",
            "tree-shap",
            "--tree-mode",
            "path",
            "--rows",
            "1-10",
            "--target",
            "all");
    List<Line> lines = lines(path);
    assertEfficient(lines);
    assertThat(lines).allSatisfy(line -> assertThat(line.error()).isEmpty());
    assertThat(path.err()).contains("rows 3, 8").doesNotContain("exact-shapley");
    List<Line> interventional =
        lines(explain(mixed, FOREST, "--method", "tree-shap", "--rows", "1-10", "--target", "all"));
    Map<String, Line> other = byKey(interventional);
    // Same model, same predictions; another game, so other base values.
    for (Line line : lines) {
      assertThat(line.prediction()).isCloseTo(other.get(line.key()).prediction(), within(1e-12));
    }
    assertThat(lines.get(0).base()).isNotCloseTo(interventional.get(0).base(), within(1e-6));
    CliRun json =
        explain(mixed, FOREST, "--method", "tree-shap", "--tree-mode", "path", "--format", "json");
    assertThat(json.out())
        .contains("\"mode\": \"path\"", "\"missing_values\": \"as the model")
        .doesNotContain("background_size");
  }

  @Test
  void seededRunsAreReproducibleAndDoNotDependOnThreads() {
    for (String method : List.of("kernel-shap", "sampling-shapley")) {
      String[] args = {"--method", method, "--budget", "20", "--rows", "1-20", "--seed", "7"};
      CliRun one = explain(mixed, LOGISTIC, concat(args, "--threads", "1"));
      CliRun again = explain(mixed, LOGISTIC, concat(args, "--threads", "1"));
      CliRun two = explain(mixed, LOGISTIC, concat(args, "--threads", "2"));
      assertThat(one.code()).as(one.err()).isZero();
      assertThat(one.out()).isEqualTo(again.out()).isEqualTo(two.out());
      String[] other = args.clone();
      other[other.length - 1] = "8";
      assertThat(explain(mixed, LOGISTIC, other).out()).as(method).isNotEqualTo(one.out());
    }
  }

  @Test
  void attributionsOfAllClassesSumToZeroPerFeature() {
    for (String[] method :
        List.of(
            new String[] {"--method", "exact-shapley"},
            new String[] {"--method", "kernel-shap", "--budget", "20"},
            new String[] {"--method", "sampling-shapley", "--budget", "40"},
            new String[] {"--method", "tree-shap"},
            new String[] {"--method", "tree-shap", "--tree-mode", "path"})) {
      String classifier = method[1].equals("tree-shap") ? FOREST : LOGISTIC;
      List<Line> lines =
          lines(explain(mixed, classifier, concat(method, "--target", "all", "--rows", "1-15")));
      Map<String, Double> sums = new HashMap<>();
      Map<String, Integer> classes = new HashMap<>();
      for (Line line : lines) {
        sums.merge(line.row() + "/" + line.feature(), line.attribution(), Double::sum);
        classes.merge(line.row() + "/" + line.feature(), 1, Integer::sum);
      }
      assertThat(sums).hasSize(15 * 5);
      assertThat(classes.values()).containsOnly(3);
      sums.forEach(
          (key, sum) -> assertThat(sum).as(method[1] + " " + key).isCloseTo(0.0, within(1e-9)));
    }
  }

  @Test
  void toleranceStopsEarlyOnceEveryStandardErrorIsBelowIt() throws Exception {
    Path wide = dir.resolve("wide.arff");
    StringBuilder arff = new StringBuilder("@relation wide\n");
    for (int i = 0; i < 10; i++) {
      arff.append("@attribute x").append(i).append(" numeric\n");
    }
    arff.append("@attribute c {lo,hi}\n@data\n");
    SplittableRandom random = new SplittableRandom(3);
    for (int r = 0; r < 50; r++) {
      double score = 0;
      for (int i = 0; i < 10; i++) {
        double x = random.nextDouble();
        score += (i + 1) * x;
        arff.append(String.format(Locale.ROOT, "%.4f,", x));
      }
      arff.append(score + random.nextGaussian() * 3 > 27.5 ? "hi" : "lo").append('\n');
    }
    Files.writeString(wide, arff);
    String[] args = {"--method", "kernel-shap", "--rows", "1-5", "--format", "json"};
    CliRun full = explain(wide, LOGISTIC, concat(args, "--budget", "600"));
    CliRun stopped = explain(wide, LOGISTIC, concat(args, "--budget", "600", "--tolerance", "10"));
    assertThat(full.code()).as(full.err()).isZero();
    assertThat(stopped.code()).as(stopped.err()).isZero();
    assertThat(full.out().split("\"coalitions\": \"600\"", -1)).hasSize(6);
    assertThat(stopped.out()).contains("\"tolerance\": \"10.0\"").doesNotContain("600\"}");
    for (String method : List.of("kernel-shap", "sampling-shapley")) {
      List<Line> lines =
          lines(
              explain(
                  wide,
                  LOGISTIC,
                  "--method",
                  method,
                  "--budget",
                  "20000",
                  "--tolerance",
                  "0.01",
                  "--rows",
                  "1-5"));
      assertThat(lines)
          .allSatisfy(line -> assertThat(Double.parseDouble(line.error())).isLessThan(0.01));
    }
  }

  @Test
  void aKMedoidsBackgroundHasTheAskedSizeAndWorksWithAFile() throws Exception {
    CliRun summary =
        explain(
            mixed,
            LOGISTIC,
            "--method",
            "exact-shapley",
            "--background-summary",
            "kmedoids",
            "--background-size",
            "6",
            "--rows",
            "1-3",
            "--format",
            "json");
    assertThat(summary.code()).as(summary.err()).isZero();
    assertThat(summary.out()).contains("\"background_size\": \"6\"");
    CliRun sampled =
        explain(
            mixed,
            LOGISTIC,
            "--method",
            "exact-shapley",
            "--background-size",
            "6",
            "--rows",
            "1-3",
            "--format",
            "json");
    assertThat(summary.out()).isNotEqualTo(sampled.out());
    CliRun file =
        explain(
            small,
            J48,
            "--method",
            "tree-shap",
            "--background-data",
            small.toString(),
            "--background-summary",
            "kmedoids",
            "--background-size",
            "4",
            "--format",
            "json");
    assertThat(file.code()).as(file.err()).isZero();
    assertThat(file.out()).contains("\"background_size\": \"4\"");
  }

  @Test
  void badInputGivesOneLineNamingTheFix() throws Exception {
    Path oneRow = dir.resolve("one.arff");
    List<String> header = TestData.smallArff().lines().toList();
    Files.writeString(oneRow, String.join("\n", header.subList(0, 6 + 1)) + "\n");
    Path other = dir.resolve("other.arff");
    Files.writeString(
        other, "@relation o\n@attribute age numeric\n@attribute c {a,b}\n@data\n1,a\n2,b\n");

    assertUserError(
        explain(mixed, LOGISTIC, "--method", "kernel-shap", "--budget", "11"),
        "a budget of 11 coalitions is too small for kernel-shap on 5 attributes: it needs at"
            + " least 12",
        "use a budget of 12 or more");
    assertUserError(
        explain(mixed, LOGISTIC, "--method", "sampling-shapley", "--budget", "9"),
        "too small for sampling-shapley on 5 attributes",
        "use a budget of 10 or more");
    assertUserError(
        explain(mixed, LOGISTIC, "--method", "tree-shap"),
        "tree-shap explains Weka's J48, REPTree, RandomTree and RandomForest only, not"
            + " weka.classifiers.functions.Logistic",
        "exact-shapley",
        "sampling-shapley or kernel-shap");
    assertUserError(
        explain(mixed, LOGISTIC, "--method", "kernel-shap", "--background-data", other.toString()),
        "--background-data " + other + " does not match");
    assertUserError(
        explain(
            small,
            J48,
            "--method",
            "kernel-shap",
            "--background-data",
            oneRow.toString(),
            "--background-summary",
            "kmedoids"),
        "--background-summary kmedoids needs at least 2 rows to summarise, but --background-data "
            + oneRow
            + " has 1",
        "use --background-summary random");
    assertUserError(
        explain(mixed, LOGISTIC, "--method", "kernel-shap", "--tree-mode", "path"),
        "--tree-mode does not apply to --method kernel-shap");
    assertUserError(
        explain(mixed, J48, "--method", "tree-shap", "--tree-mode", "sideways"),
        "--tree-mode sideways: unknown value; use one of interventional, path");
    assertUserError(
        explain(
            mixed, J48, "--method", "tree-shap", "--tree-mode", "path", "--background-size", "5"),
        "--background-size does not apply: tree-shap with these settings uses no background rows;"
            + " drop --background-size");
    assertUserError(
        explain(mixed, J48, "--method", "tree-shap", "--budget", "100"),
        "--budget does not apply to --method tree-shap");
    assertUserError(
        explain(mixed, LOGISTIC, "--method", "exact-shapley", "--tolerance", "0.1"),
        "--tolerance does not apply to --method exact-shapley");
    assertUserError(
        explain(mixed, LOGISTIC, "--method", "kernel-shap", "--tolerance", "-1"),
        "--tolerance -1: must be at least 0");
    assertUserError(
        explain(mixed, LOGISTIC, "--background-summary", "clusters"), "--background-summary");
    assertUserError(
        explain(mixed, LOGISTIC, "--method", "deep-lift"),
        "--method deep-lift: unknown method 'deep-lift'; use auto or one of");
  }

  private static void assertUserError(CliRun result, String... expected) {
    assertThat(result.code()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("glasswing: error: ").contains(expected);
    assertThat(result.err().strip().lines()).as(result.err()).hasSize(1);
    assertThat(result.err()).doesNotContain("\tat ", "Exception");
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }
}
