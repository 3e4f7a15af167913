package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class AuditCommandTest {

  private static final String J48_SPEC = "weka.classifiers.trees.J48";

  @TempDir Path dir;
  private Path small;
  private Path out;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
    out = dir.resolve("report");
  }

  private CliRun audit(String... extra) {
    String[] base = {"audit", "--train", small.toString(), "--output", out.toString()};
    String[] args = Arrays.copyOf(base, base.length + extra.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return CliRun.of(args);
  }

  private String page() throws Exception {
    return Files.readString(out.resolve(AuditCommand.REPORT_FILE));
  }

  @Test
  void writesEverySectionAndTellsWhereTheReportIs() throws Exception {
    CliRun run = audit("--classifier", J48_SPEC);

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("report written to " + out.resolve("report.html"));
    assertThat(run.err())
        .contains(
            "audit: training", "audit: 10-fold cross-validation (seed 1)", "audit: explaining");
    String html = page();
    for (String id :
        new String[] {
          "dataset", "performance", "calibration", "global-importance", "local-explanations"
        }) {
      assertThat(html).contains("<section id=\"" + id + "\"");
    }
    assertThat(html)
        .contains("<section id=\"settings\"")
        .doesNotContain("src=\"http", "href=\"http", "<link", "@import");
    assertThat(html).contains("tree-shap (chosen by auto");
    assertThat(html)
        .doesNotContain("<section id=\"conformal\"")
        .contains("not shown: too few calibration rows");
  }

  @Test
  void enoughRowsGiveConformalSetsWithTheirCoverage() throws Exception {
    Path iris = dir.resolve("iris.arff");
    Files.writeString(iris, TestData.iris().toString());

    CliRun run =
        CliRun.of(
            "audit",
            "--train",
            iris.toString(),
            "--classifier",
            J48_SPEC,
            "--output",
            out.toString(),
            "-q");

    assertThat(run.code()).as(run.err()).isZero();
    String html = page();
    assertThat(html).contains("<section id=\"conformal\"").contains("alpha 0.1");
    for (String id :
        new String[] {
          "prediction-uncertainty",
          "importance-permutation",
          "profiles",
          "interactions",
          "occlusion",
          "agreement",
          "prototypes",
          "surrogate",
          "lime",
          "sanity-checks",
          "deletion-curves"
        }) {
      assertThat(html).contains("<section id=\"" + id + "\"");
    }
    assertThat(html)
        .contains("input-magnitude")
        .contains("FAIL")
        .contains("stability-noise")
        .contains("<td>max-sensitivity</td>")
        .contains("<td>infidelity</td>");
  }

  @Test
  void accuracyIsWekasOwnCrossValidationWithTheSameSeed() throws Exception {
    Instances data = TestData.arff(TestData.smallArff());
    Evaluation evaluation = new Evaluation(data);
    evaluation.crossValidateModel(new J48(), data, 10, new Random(7));

    CliRun run = audit("--classifier", J48_SPEC, "--seed", "7", "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    Matcher accuracy = Pattern.compile("Accuracy: <strong>([0-9.]+)%").matcher(page());
    assertThat(accuracy.find()).isTrue();
    assertThat(Double.parseDouble(accuracy.group(1)))
        .isEqualTo(Double.parseDouble(String.format(Locale.ROOT, "%.1f", evaluation.pctCorrect())));
    assertThat(page()).contains("(seed 7)");
  }

  @Test
  void aSavedModelWithoutTrainingDataIsTestedOnTheDataNotCrossValidated() throws Exception {
    Instances data = TestData.arff(TestData.smallArff());
    J48 tree = new J48();
    tree.buildClassifier(data);
    Path model = dir.resolve("tree.model");
    weka.core.SerializationHelper.writeAll(
        model.toString(), new Object[] {tree, new Instances(data, 0)});
    Evaluation evaluation = new Evaluation(data);
    evaluation.evaluateModel(tree, data);

    CliRun run =
        CliRun.of(
            "audit",
            "--model",
            model.toString(),
            "--data",
            small.toString(),
            "--output",
            out.toString(),
            "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(page())
        .contains("tested on --data " + small)
        .contains(String.format(Locale.ROOT, "%.1f%%", evaluation.pctCorrect()))
        .doesNotContain("<section id=\"conformal\"");
  }

  @Test
  void explainsTheRowsAskedForByTheirNumberInTheData() throws Exception {
    CliRun run = audit("--classifier", J48_SPEC, "--rows", "2,17", "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(page()).contains("Row 2:", "Row 17:").doesNotContain("Row 1:");
  }

  @Test
  void aModelTreeShapCannotReadIsExplainedExactlyUpToTwelveAttributes() throws Exception {
    CliRun run = audit("--classifier", "weka.classifiers.functions.Logistic", "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(page())
        .contains("exact-shapley (chosen by auto, all 8 coalitions")
        .contains("parameter-randomization/cascading/coefficients");
  }

  @Test
  void theAuditFollowsTheCatalogueAutoRuleWhateverTheBudget() throws Exception {
    // Before the catalogue, a budget below 2^n made the audit estimate by KernelSHAP; now the
    // auto rule of every face chooses exact-shapley for 3 attributes and --budget goes unused.
    CliRun run =
        audit(
            "--classifier",
            "weka.classifiers.functions.Logistic",
            "--budget",
            "4",
            "--importance-rows",
            "5",
            "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(page())
        .contains("exact-shapley (chosen by auto, all 8 coalitions")
        .contains("over 5 rows");
  }

  @Test
  void aNumericClassGetsRegressionMeasures() throws Exception {
    CliRun run = audit("--classifier", "weka.classifiers.trees.REPTree", "--class", "income", "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(page()).contains("root mean squared error").doesNotContain("Confusion matrix");
  }

  @Test
  void protectedAttributesGetAFairnessSectionAndAreListedWithTheFrozenOnes() throws Exception {
    CliRun run =
        audit("--classifier", J48_SPEC, "--protected", "colour", "--freeze", "income", "-q");

    assertThat(run.code()).as(run.err()).isZero();
    String html = page();
    assertThat(html)
        .contains("<section id=\"fairness\"", "<h3>colour</h3>")
        .contains("protected attributes (fairness groups; counterfactuals never change them)")
        .contains("frozen attributes (counterfactuals never change them)");
    // colour and income never appear among a counterfactual's changes
    Matcher changes =
        Pattern.compile("<section id=\"counterfactual[^>]*>(.*?)</section>", Pattern.DOTALL)
            .matcher(html);
    while (changes.find()) {
      assertThat(changes.group(1))
          .doesNotContain("<th scope=\"row\">colour", "<th scope=\"row\">income");
    }
  }

  @Test
  void redactLeavesTheNeighboursValuesOutAndSaysSo() throws Exception {
    CliRun run = audit("--classifier", J48_SPEC, "--redact", "-q");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(page())
        .contains("left out of this report (redacted)")
        .contains("redacted (other rows&#39; values replaced by their row numbers)")
        .doesNotContain("Show their values beside row");
  }

  @Test
  void badOptionsGiveOneLineAndExitCodeTwo() throws Exception {
    Path file = dir.resolve("taken");
    Files.writeString(file, "x");
    CliRun[] runs = {
      audit("--format", "json"),
      audit("--folds", "1"),
      audit("--importance-rows", "0"),
      audit("--protected", "gender"),
      audit("--freeze", "colour,,age"),
      audit("--protected", "age:old"),
      CliRun.of("audit", "--train", small.toString(), "--output", file.toString())
    };
    for (CliRun run : runs) {
      assertThat(run.code()).as(run.err()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
      assertThat(run.err().strip().lines()).hasSize(1);
      assertThat(run.err()).startsWith("glasswing: error: ");
    }
    assertThat(runs[3].err()).contains("'gender' is not an input attribute", "colour");
    assertThat(runs[4].err()).contains("--freeze", "empty attribute name");
    assertThat(runs[5].err()).contains("'old' is not a number");
    assertThat(runs[6].err()).contains("is a file");
  }

  @Test
  void sampledRowsAreDistinctAscendingAndAllWhenFewer() {
    int[] rows = GlobalSupport.sample(50, 10, 3);
    assertThat(rows).hasSize(10).isSorted().doesNotHaveDuplicates();
    assertThat(Arrays.stream(rows).allMatch(r -> r >= 0 && r < 50)).isTrue();
    assertThat(GlobalSupport.sample(50, 10, 3)).isEqualTo(rows);
    assertThat(GlobalSupport.sample(4, 10, 3)).containsExactly(0, 1, 2, 3);
  }
}
