package org.glasswing.weka.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.weka.TestData;
import org.glasswing.weka.cli.CliRun;
import org.glasswing.weka.explain.WekaMethodNames;
import org.glasswing.weka.filters.AddExplanation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import weka.core.Instances;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * The command line's {@code explain} and the Weka filter {@link AddExplanation} give the same
 * numbers for every tabular local method of the catalogue: the same data (iris from Weka's jar),
 * the same classifier specification (and classifier seed), the same method settings under each
 * face's option names, and the same seed. Both train the classifier on all rows and draw the
 * background from them; the first ten rows are compared, attribution by attribution, with the base
 * value and LIME's extras, to 1e-12.
 */
public class CliWekaParityTest {

  private static final String LOGISTIC = "weka.classifiers.functions.Logistic";
  // The command line's --seed also seeds a Randomizable classifier; a Weka filter leaves the
  // classifier's own -S alone. Both train the same forest when its -S is the run's seed.
  private static final String FOREST = "weka.classifiers.trees.RandomForest -I 10 -S 7";
  private static final int ROWS = 10;
  private static final double TOLERANCE = 1e-12;
  private static final Map<String, Double> FIGURES = new LinkedHashMap<>();

  @TempDir static Path dir;
  private static Path iris;

  /**
   * One comparison: a method, its classifier and the settings in the command line's spelling; the
   * Weka spelling is derived by {@link #wekaOptions}.
   */
  record Case(String label, String method, String classifier, List<String> settings) {
    @Override
    public String toString() {
      return label;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case("exact-shapley", "exact-shapley", LOGISTIC, List.of()),
        new Case("sampling-shapley", "sampling-shapley", LOGISTIC, List.of("--budget", "64")),
        new Case("kernel-shap", "kernel-shap", LOGISTIC, List.of()),
        new Case(
            "kernel-shap (kmedoids, 30 rows)",
            "kernel-shap",
            LOGISTIC,
            List.of(
                "--budget", "200", "--background-size", "30", "--background-summary", "kmedoids")),
        new Case("tree-shap", "tree-shap", FOREST, List.of()),
        new Case("tree-shap (path)", "tree-shap", FOREST, List.of("--tree-mode", "path")),
        new Case(
            "lime",
            "lime",
            LOGISTIC,
            List.of("--samples", "500", "--lime-mode", "continuous", "--max-features", "3")),
        new Case("occlusion", "occlusion", LOGISTIC, List.of("--groups", "petallength,petalwidth")),
        new Case("input-magnitude", "input-magnitude", LOGISTIC, List.of()),
        new Case("auto", "auto", FOREST, List.of()));
  }

  @BeforeAll
  static void writeIris() throws Exception {
    iris = dir.resolve("iris.arff");
    try (InputStream in =
        TestData.class
            .getClassLoader()
            .getResourceAsStream("weka/gui/knowledgeflow/templates/iris.arff")) {
      Files.copy(in, iris);
    }
  }

  @AfterAll
  static void report() {
    StringBuilder text = new StringBuilder("CLI versus AddExplanation, max |diff| per method:\n");
    FIGURES.forEach(
        (label, diff) -> text.append(String.format(Locale.ROOT, "  %-34s %.3e%n", label, diff)));
    System.out.print(text);
  }

  @Test
  void everyTabularLocalMethodOfTheCatalogueIsCompared() {
    List<String> compared = cases().map(Case::method).distinct().toList();
    for (MethodSpec spec : WekaMethodNames.tabularMethods()) {
      assertThat(compared).contains(spec.name());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCommandLineAndTheFilterGiveTheSameNumbers(Case c) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "explain",
                "-q",
                "--train",
                iris.toString(),
                "--classifier",
                c.classifier(),
                "--method",
                c.method(),
                "--seed",
                "7",
                "--rows",
                "1-" + ROWS));
    args.addAll(c.settings());
    CliRun cli = CliRun.of(args.toArray(String[]::new));
    assertThat(cli.code()).as(cli.err()).isZero();

    AddExplanation filter = new AddExplanation();
    filter.setOptions(wekaOptions(c));
    Instances data = TestData.iris();
    filter.setInputFormat(data);
    Instances out = Filter.useFilter(data, filter);

    double max = compare(cli.out(), out);
    FIGURES.put(c.label(), max);
    assertThat(max).as(c.label()).isLessThanOrEqualTo(TOLERANCE);
  }

  /** The same settings in Weka's spelling: one dash, the seed as {@code -S}. */
  static String[] wekaOptions(Case c) throws Exception {
    List<String> options =
        new ArrayList<>(List.of("-W", c.classifier(), "-method", c.method(), "-S", "7"));
    for (String s : c.settings()) {
      options.add(s.startsWith("--") ? s.substring(1) : s);
    }
    return Utils.splitOptions(Utils.joinOptions(options.toArray(new String[0])));
  }

  /**
   * The largest difference between the CLI's CSV lines (of rows 1 to 10) and the filter's columns:
   * attributions, base values and LIME's extras.
   *
   * @param csv the command line's standard output
   * @param out the filter's output
   * @return the largest absolute difference
   */
  public static double compare(String csv, Instances out) {
    List<String> lines = csv.lines().toList();
    List<String> header = List.of(lines.get(0).split(",", -1));
    int row = header.indexOf("row");
    int base = header.indexOf("base_value");
    int feature = header.indexOf("feature");
    int attribution = header.indexOf("attribution");
    List<String> extras = header.subList(header.indexOf("std_error") + 1, header.size());
    long players = lines.stream().skip(1).filter(l -> l.startsWith("1,")).count();
    assertThat(lines).hasSize(1 + ROWS * (int) players);
    double max = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      int r = Integer.parseInt(f[row]) - 1;
      max = Math.max(max, diff(f[attribution], out, r, AddExplanation.PREFIX + f[feature]));
      max = Math.max(max, diff(f[base], out, r, AddExplanation.PREFIX + "base"));
      for (int e = 0; e < extras.size(); e++) {
        String column = AddExplanation.PREFIX + extras.get(e);
        max = Math.max(max, diff(f[header.indexOf(extras.get(e))], out, r, column));
      }
    }
    return max;
  }

  private static double diff(String text, Instances out, int row, String column) {
    assertThat(out.attribute(column)).as(column).isNotNull();
    double weka = out.instance(row).value(out.attribute(column));
    if (text.isEmpty()) { // no value (such as the control's base value): missing in Weka too
      assertThat(Double.isNaN(weka)).as(column + " is missing").isTrue();
      return 0;
    }
    return Math.abs(Double.parseDouble(text) - weka);
  }
}
