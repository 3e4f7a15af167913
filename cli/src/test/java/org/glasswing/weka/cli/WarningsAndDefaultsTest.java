package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

/** The one-line warnings on standard error and the defaults an analyst relies on. */
class WarningsAndDefaultsTest {

  private static final String J48 = "weka.classifiers.trees.J48";
  private static final String LOGISTIC = "weka.classifiers.functions.Logistic";

  @TempDir Path dir;
  private Path small;
  private Path bench;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
    // Friedman-1-like: y is the numeric outcome, label its thresholded copy, x1..x3 the inputs.
    Random random = new Random(7);
    StringBuilder csv = new StringBuilder("x1,x2,x3,y,label\n");
    for (int r = 0; r < 120; r++) {
      double x1 = random.nextDouble();
      double x2 = random.nextDouble();
      double x3 = random.nextDouble();
      double y = 10 * Math.sin(Math.PI * x1 * x2) + 5 * x3 + random.nextGaussian();
      csv.append(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f,%.4f,", x1, x2, x3, y))
          .append(y > 7 ? "high" : "low")
          .append('\n');
    }
    bench = dir.resolve("bench.csv");
    Files.writeString(bench, csv.toString());
  }

  @Test
  void aColumnThatGivesTheClassAwayIsNamedWithTheOptionThatDropsIt() {
    CliRun run = CliRun.of("examples", "--train", bench.toString(), "--classifier", J48, "-q");
    assertThat(run.code()).isZero();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("glasswing: warning: 'y' alone predicts the class 'label' for 100% of the rows")
        .endsWith("likely leakage; drop it with --ignore y");

    CliRun ignored =
        CliRun.of(
            "examples", "--train", bench.toString(), "--classifier", J48, "--ignore", "y", "-q");
    assertThat(ignored.code()).isZero();
    assertThat(ignored.err()).isEmpty();
  }

  @Test
  void emptyConformalSetsAreCountedAndExplained() {
    CliRun run =
        CliRun.of(
            "uncertainty",
            "--train",
            bench.toString(),
            "--ignore",
            "y",
            "--classifier",
            LOGISTIC,
            "--conformal",
            "--alpha",
            "0.6",
            "-q");
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    int setColumn = List.of(lines.get(0).split(",")).indexOf("set");
    long empty = lines.stream().skip(1).filter(l -> l.split(",")[setColumn].equals("{}")).count();
    assertThat(empty).isPositive();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .isEqualTo(
            "glasswing: warning: "
                + empty
                + " of 120 rows got an empty conformal set {}: no class is plausible enough at"
                + " --alpha 0.6; an empty set never holds the true class, so each counts as an"
                + " error at that alpha (a smaller --alpha gives larger sets)");
  }

  @Test
  void uncertaintyShowsTheActualClassAndWhetherThePredictionWasRight() throws Exception {
    CliRun run = CliRun.of("uncertainty", "--train", small.toString(), "--classifier", J48, "-q");
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    List<String> header = List.of(lines.get(0).split(","));
    int actual = header.indexOf("actual");
    int correct = header.indexOf("correct");
    assertThat(actual).isPositive();
    Instances data = TestData.arff(TestData.smallArff());
    assertThat(lines).hasSize(1 + data.numInstances());
    int wrong = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      int row = Integer.parseInt(cells[0]) - 1;
      data.setClassIndex(data.numAttributes() - 1);
      assertThat(cells[actual]).isEqualTo(data.instance(row).stringValue(data.classIndex()));
      assertThat(cells[correct]).isEqualTo(Boolean.toString(cells[1].equals(cells[actual])));
      wrong += cells[correct].equals("false") ? 1 : 0;
    }
    assertThat(wrong).isLessThan(data.numInstances());
  }

  @Test
  void aTsneWithNoIterationsAfterEarlyExaggerationIsFlagged() {
    CliRun run =
        CliRun.of(
            "map",
            "--train",
            small.toString(),
            "--classifier",
            J48,
            "--method",
            "tsne",
            "--iterations",
            "250",
            "--perplexity",
            "5",
            "-q");
    assertThat(run.code()).isZero();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .startsWith("glasswing: warning: the t-SNE map did not converge: only 0 of its 250");
    CliRun enough =
        CliRun.of(
            "map",
            "--train",
            small.toString(),
            "--classifier",
            J48,
            "--method",
            "tsne",
            "--iterations",
            "600",
            "--perplexity",
            "5",
            "-q");
    assertThat(enough.err()).isEmpty();
  }

  @Test
  void importanceNamesItsMetricAndScorer() {
    CliRun run =
        CliRun.of(
            "importance",
            "--train",
            small.toString(),
            "--classifier",
            J48,
            "--folds",
            "2",
            "--repeats",
            "1");
    assertThat(run.code()).isZero();
    assertThat(run.err())
        .contains(
            "glasswing: note: importance by permutation: the drop in accuracy (higher is better)"
                + " of weka.classifiers.trees.J48 on 2-fold cross-validation of --train");
  }

  @Test
  void autoChoosesTreeShapForForestsExactUpToTwelveAttributesAndKernelShapBeyond() {
    assertThat(autoChoice("--train", small.toString())).isEqualTo("tree-shap");
    assertThat(autoChoice("--train", small.toString(), "--classifier", J48)).isEqualTo("tree-shap");
    assertThat(autoChoice("--train", small.toString(), "--classifier", LOGISTIC))
        .isEqualTo("exact-shapley");
    // credit-g, embedded: 20 attributes
    assertThat(autoChoice("--classifier", LOGISTIC)).isEqualTo("kernel-shap");
  }

  private static String autoChoice(String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("explain", "--rows", "1"));
    args.addAll(List.of(options));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    String prefix = "glasswing: note: --method auto chose ";
    return run.err()
        .lines()
        .filter(l -> l.startsWith(prefix))
        .map(l -> l.substring(prefix.length()).split(" ")[0])
        .findFirst()
        .orElse("(no note)");
  }
}
