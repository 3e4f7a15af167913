package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.glasswing.weka.WekaRunAssertions.assertOneErrorLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.weka.attributeSelection.MeanShapleyAttributeEval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.attributeSelection.AttributeSelection;
import weka.attributeSelection.Ranker;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * Installs the package zip offline into a temporary WEKA_HOME and runs its schemes through {@code
 * weka.Run} in child JVMs, so that every class loads through Weka's package class loader.
 */
class WekaPackageIT {

  @TempDir static Path dir;
  static InstalledPackage weka;
  static Path creditG;
  static Path iris;

  @BeforeAll
  static void install() throws Exception {
    weka = InstalledPackage.install(dir);
    creditG = InstalledPackage.dataFile("credit-g", dir);
    iris = InstalledPackage.dataFile("iris", dir);
  }

  @Test
  void glasswingIsNotOnTheChildClassPath() throws Exception {
    InstalledPackage.Run run =
        weka.java(List.of(), "org.glasswing.weka.filters.AddExplanation", "-h");
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("ClassNotFoundException");
  }

  @Test
  void addExplanationRunsOnCreditGWithItsDefaults() throws Exception {
    Path out = dir.resolve("credit-g-explained.arff");
    long start = System.nanoTime();
    InstalledPackage.Run run =
        weka.wekaRun(
            "AddExplanation", "-i", creditG.toString(), "-o", out.toString(), "-c", "last");
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("weka.Run AddExplanation on credit-g in a child JVM: %.1f s%n", seconds);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Exception");
    Instances explained = DataSource.read(out.toString());
    assertThat(explained.numInstances()).isEqualTo(1000);
    assertThat(explained.numAttributes()).isEqualTo(21 + 22);
    assertThat(explained.attribute(20).name()).isEqualTo("shap_class");
    assertThat(explained.attribute(21).name()).isEqualTo("shap_base");
    assertThat(explained.attribute(22).name()).isEqualTo("shap_checking_status");
    assertThat(explained.attribute(42).name()).isEqualTo("class");
    Instances original = DataSource.read(creditG.toString());
    for (int r = 0; r < 1000; r++) {
      assertThat(explained.instance(r).value(0)).isEqualTo(original.instance(r).value(0));
      double sum = 0;
      for (int a = 21; a < 42; a++) {
        sum += explained.instance(r).value(a);
      }
      // the predicted class's probability; ARFF output keeps 6 decimals
      assertThat(sum).isBetween(0.5 - 1e-4, 1.0 + 1e-4);
    }
  }

  @Test
  void evaluatorRanksAttributesWithRankerAsInProcess() throws Exception {
    InstalledPackage.Run run =
        weka.wekaRun(
            "MeanShapleyAttributeEval",
            "-i",
            creditG.toString(),
            "-c",
            "last",
            "-s",
            "weka.attributeSelection.Ranker -N -1");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Mean |Shapley value| attribute evaluator");
    assertThat(run.out()).contains("Ranked attributes:");

    Instances data = DataSource.read(creditG.toString());
    data.setClassIndex(data.numAttributes() - 1);
    AttributeSelection selection = new AttributeSelection();
    selection.setEvaluator(new MeanShapleyAttributeEval());
    selection.setSearch(new Ranker());
    selection.SelectAttributes(data);
    double[][] ranked = selection.rankedAttributes();
    String top = data.attribute((int) ranked[0][0]).name();
    String line =
        run.out()
            .lines()
            .dropWhile(l -> !l.contains("Ranked attributes:"))
            .skip(1)
            .findFirst()
            .orElseThrow();
    assertThat(line).contains(top);
    double printed = Double.parseDouble(line.strip().split("\\s+")[0]);
    assertThat(printed).isCloseTo(ranked[0][1], org.assertj.core.api.Assertions.within(1e-3));
  }

  @Test
  void savedModelIsExplainedAndAForeignHeaderRefused() throws Exception {
    Path model = dir.resolve("iris.model");
    InstalledPackage.Run train =
        weka.wekaRun(
            "weka.classifiers.trees.J48", "-t", iris.toString(), "-d", model.toString(), "-no-cv");
    assertThat(train.exitCode()).as(train.err()).isZero();

    Path good = dir.resolve("iris-explained.arff");
    InstalledPackage.Run run =
        weka.wekaRun(
            "AddExplanation",
            "-serialized",
            model.toString(),
            "-i",
            iris.toString(),
            "-o",
            good.toString(),
            "-c",
            "last");
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(DataSource.read(good.toString()).numInstances()).isEqualTo(150);

    Path bad = dir.resolve("credit-g-with-iris-model.arff");
    InstalledPackage.Run refused =
        weka.wekaRun(
            "AddExplanation",
            "-serialized",
            model.toString(),
            "-i",
            creditG.toString(),
            "-o",
            bad.toString(),
            "-c",
            "last");
    assertThat(refused.err()).contains("does not match the saved model's training header");
    // Weka's runner opens the output file first; nothing is written to it.
    assertThat(!Files.exists(bad) || Files.size(bad) == 0).isTrue();
  }

  @Test
  void exampleFlowExplainsTheTestSetHeadless() throws Exception {
    Path flow = Paths.get("..", "docs", "examples", "explain-credit-g.kf").toAbsolutePath();
    Path out = Files.createDirectories(dir.resolve("flow-out"));
    InstalledPackage.Run run =
        weka.java(
            List.of(
                "-Djava.awt.headless=true",
                "-Dglasswing.data=" + creditG,
                "-Dglasswing.out=" + out),
            "weka.knowledgeflow.FlowRunner",
            flow.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    List<Path> written;
    try (var files = Files.list(out)) {
      written = files.filter(p -> p.toString().endsWith(".arff")).toList();
    }
    assertThat(written).as(run.out() + run.err()).hasSize(1);
    Instances explained = DataSource.read(written.get(0).toString());
    assertThat(explained.relationName()).contains("_explained_set_1_of_1");
    assertThat(explained.numInstances()).isEqualTo(340); // the 34% test split of 1000
    assertThat(explained.attribute(20).name()).isEqualTo("shap_class");
    assertThat(explained.attribute(explained.numAttributes() - 1).name()).isEqualTo("class");
  }

  private static double printed(String out, String section, String metric) {
    String line =
        out.lines()
            .dropWhile(l -> !l.contains(section))
            .filter(l -> l.startsWith(metric + " "))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no '" + metric + "' after " + section + ":\n" + out));
    return Double.parseDouble(line.substring(metric.length()).strip());
  }

  @Test
  void metricsArePrintedForJ48AndEqualTheCoresOnTheSamePredictions() throws Exception {
    InstalledPackage.Run run = weka.wekaRun("weka.classifiers.trees.J48", "-t", creditG.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    Instances data = DataSource.read(creditG.toString());
    data.setClassIndex(data.numAttributes() - 1);
    CalibrationMetrics core =
        CalibrationMetrics.of(
            CrossValidatedPredictions.crossValidate(
                    new weka.classifiers.trees.J48(),
                    data,
                    10,
                    1,
                    org.glasswing.core.engine.ProgressListener.NONE,
                    org.glasswing.core.engine.CancellationToken.NONE)
                .classPredictions());
    String cv = "Stratified cross-validation";
    assertThat(printed(run.out(), cv, "ECE")).isCloseTo(core.ece(), within(1e-4));
    assertThat(printed(run.out(), cv, "MCE")).isCloseTo(core.mce(), within(1e-4));
    assertThat(printed(run.out(), cv, "Brier score")).isCloseTo(core.brier(), within(1e-4));
    assertThat(printed(run.out(), cv, "NLL")).isCloseTo(core.nll(), within(1e-4));
    assertThat(run.out()).doesNotContain("Set coverage");
  }

  @Test
  void metaClassifiersRunAndRefuseABaseLearnerWithoutProbabilities() throws Exception {
    InstalledPackage.Run calibrated =
        weka.wekaRun(
            "CalibratedClassifier",
            "-t",
            creditG.toString(),
            "-method",
            "isotonic",
            "-x",
            "5",
            "-W",
            "weka.classifiers.bayes.NaiveBayes");
    assertThat(calibrated.exitCode()).as(calibrated.err()).isZero();
    assertThat(calibrated.out()).contains("Calibration: isotonic").contains("300 held-out");
    assertThat(printed(calibrated.out(), "Stratified cross-validation", "ECE")).isBetween(0.0, 0.2);

    InstalledPackage.Run conformal =
        weka.wekaRun(
            "ConformalClassifier",
            "-t",
            creditG.toString(),
            "-alpha",
            "0.1",
            "-mondrian",
            "-x",
            "5",
            "-W",
            "weka.classifiers.bayes.NaiveBayes");
    assertThat(conformal.exitCode()).as(conformal.err()).isZero();
    assertThat(conformal.out()).contains("ConformalClassifier (split, Mondrian)");
    String cv = "Stratified cross-validation";
    assertThat(printed(conformal.out(), cv, "Set coverage")).isBetween(0.83, 0.97);
    assertThat(printed(conformal.out(), cv, "Mean set size")).isBetween(1.0, 2.0);

    InstalledPackage.Run hard =
        weka.wekaRun(
            "CalibratedClassifier", "-t", creditG.toString(), "-W", "weka.classifiers.rules.OneR");
    assertOneErrorLine(
        hard, "CalibratedClassifier: error: weka.classifiers.rules.OneR gives only 0/1 class");
  }

  @Test
  void wekaRunRefusesBadOptionsWithExitCodeTwoAndOneLine() throws Exception {
    Path out = dir.resolve("never-written.arff");
    String in = iris.toString();
    assertOneErrorLine(
        weka.wekaRun("AddExplanation", "-W", "no.such.Classifier", "-i", in, "-o", out + ""),
        "AddExplanation: error: -W no.such.Classifier: no Weka classifier named");
    assertThat(out).doesNotExist();
    assertOneErrorLine(
        weka.wekaRun("AddExplanation", "-method", "bogus", "-i", in, "-c", "last"),
        "AddExplanation: error: -method bogus: unknown method; use one of auto, exact-shapley");
    assertOneErrorLine(
        weka.wekaRun("CalibratedClassifier", "-method", "bogus", "-t", in),
        "CalibratedClassifier: error: -calibrator bogus: unknown value; use one of platt");
    assertOneErrorLine(
        weka.wekaRun("AddUncertainty", "-frobnicate", "-i", in, "-c", "last"),
        "AddUncertainty: error: unknown option -frobnicate");
  }

  @Test
  void addUncertaintyAppendsScoresBeforeTheClass() throws Exception {
    Path out = dir.resolve("credit-g-uncertainty.arff");
    InstalledPackage.Run run =
        weka.wekaRun(
            "AddUncertainty",
            "-W",
            "weka.classifiers.bayes.NaiveBayes",
            "-conformal",
            "-ood",
            "-i",
            creditG.toString(),
            "-o",
            out.toString(),
            "-c",
            "last");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("Exception");
    Instances scored = DataSource.read(out.toString());
    Instances original = DataSource.read(creditG.toString());
    assertThat(scored.numInstances()).isEqualTo(1000);
    List<String> added =
        List.of(
            "unc_max_prob",
            "unc_margin",
            "unc_entropy",
            "unc_set_size",
            "unc_p_good",
            "unc_p_bad",
            "unc_ood_percentile");
    for (int i = 0; i < added.size(); i++) {
      assertThat(scored.attribute(20 + i).name()).isEqualTo(added.get(i));
    }
    assertThat(scored.attribute(scored.numAttributes() - 1).name()).isEqualTo("class");
    for (int r = 0; r < 1000; r++) {
      assertThat(scored.instance(r).value(1)).isEqualTo(original.instance(r).value(1));
      assertThat(scored.instance(r).value(20)).isBetween(0.5, 1.0);
    }
  }

  @Test
  void permutationEvaluatorRanksAttributesWithRanker() throws Exception {
    InstalledPackage.Run run =
        weka.wekaRun(
            "PermutationAttributeEval",
            "-i",
            creditG.toString(),
            "-c",
            "last",
            "-folds",
            "3",
            "-repeats",
            "2",
            "-s",
            "weka.attributeSelection.Ranker -N 5");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Permutation importance attribute evaluator");
    String top =
        run.out()
            .lines()
            .dropWhile(l -> !l.contains("Ranked attributes:"))
            .skip(1)
            .findFirst()
            .orElseThrow();
    assertThat(Double.parseDouble(top.strip().split("\\s+")[0])).isGreaterThan(0);
  }

  @Test
  void uncertaintyFlowScoresEachFoldAndAggregatesTheMetrics() throws Exception {
    Path flow = Paths.get("..", "docs", "examples", "uncertainty-credit-g.kf").toAbsolutePath();
    Path out = Files.createDirectories(dir.resolve("uncertainty-flow-out"));
    InstalledPackage.Run run =
        weka.java(
            List.of(
                "-Djava.awt.headless=true",
                "-Dglasswing.data=" + creditG,
                "-Dglasswing.out=" + out),
            "weka.knowledgeflow.FlowRunner",
            flow.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    List<Path> written;
    try (var files = Files.list(out)) {
      written = files.filter(p -> p.toString().endsWith(".arff")).sorted().toList();
    }
    assertThat(written).as(run.out() + run.err()).hasSize(5);
    int rows = 0;
    for (Path file : written) {
      Instances scored = DataSource.read(file.toString());
      rows += scored.numInstances();
      assertThat(scored.attribute(23).name()).isEqualTo("unc_set_size");
      assertThat(scored.attribute(scored.numAttributes() - 1).name()).isEqualTo("class");
    }
    assertThat(rows).isEqualTo(1000);
    // the Knowledge Flow aggregates the per-fold evaluations: the calibration metrics come from
    // the merged predictions, so they are numbers, not NaN
    String evaluation = Files.readString(out.resolve("evaluation.txt"));
    double ece = printed(evaluation, "Correctly Classified", "ECE");
    assertThat(ece).as(evaluation).isBetween(0.0, 0.3);
    assertThat(printed(evaluation, "Correctly Classified", "NLL")).isBetween(0.1, 2.0);
  }

  @Test
  void sanityFlowWritesVerdictsHeadless() throws Exception {
    Path flow = Paths.get("..", "docs", "examples", "sanity-credit-g.kf").toAbsolutePath();
    Path out = Files.createDirectories(dir.resolve("sanity-flow-out"));
    InstalledPackage.Run run =
        weka.java(
            List.of(
                "-Djava.awt.headless=true",
                "-Dglasswing.data=" + creditG,
                "-Dglasswing.out=" + out),
            "weka.knowledgeflow.FlowRunner",
            flow.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    String text = Files.readString(out.resolve("sanity.txt"));
    assertThat(text).as(run.out() + run.err()).contains("method,test,measure,value,verdict,reason");
    assertThat(text).contains("tree-shap,data-randomization,spearman-abs,");
  }

  @Test
  void auditFlowWritesTheReportHeadless() throws Exception {
    Path flow = Paths.get("..", "docs", "examples", "audit-credit-g.kf").toAbsolutePath();
    Path out = Files.createDirectories(dir.resolve("audit-flow-out"));
    InstalledPackage.Run run =
        weka.java(
            List.of(
                "-Djava.awt.headless=true",
                "-Dglasswing.data=" + creditG,
                "-Dglasswing.out=" + out),
            "weka.knowledgeflow.FlowRunner",
            flow.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    Path page = out.resolve("report.html");
    assertThat(Files.readString(out.resolve("audit.txt"))).contains("report written to " + page);
    assertThat(Files.readString(page))
        .as(run.out() + run.err())
        .contains("<section id=\"performance\"")
        .contains("<section id=\"surrogate\"")
        .contains("<section id=\"importance-permutation\"")
        .contains("<section id=\"conformal\"")
        .contains("J48");
  }

  @Test
  void catalogueMethodFlowWritesTheSurrogateTreeHeadless() throws Exception {
    Path flow = Paths.get("..", "docs", "examples", "surrogate-credit-g.kf").toAbsolutePath();
    Path out = Files.createDirectories(dir.resolve("surrogate-flow-out"));
    InstalledPackage.Run run =
        weka.java(
            List.of(
                "-Djava.awt.headless=true",
                "-Dglasswing.data=" + creditG,
                "-Dglasswing.out=" + out),
            "weka.knowledgeflow.FlowRunner",
            flow.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    String text = Files.readString(out.resolve("surrogate.txt"));
    assertThat(text).as(run.out() + run.err()).startsWith("fidelity,").contains("depth,");
    double fidelity = Double.parseDouble(text.lines().findFirst().orElseThrow().split(",")[1]);
    assertThat(fidelity).isBetween(0.5, 1.0);
  }

  /** The example flows of the sanity, examples and fairness families, through FlowRunner. */
  @Test
  void catalogueMethodFlowsOfTheOtherFamiliesWriteTheirTables() throws Exception {
    Map<String, String> firstLines =
        Map.of(
            "deletion-credit-g.kf", "method,curve,auc",
            "counterfactual-credit-g.kf", "#,changes,probability of the new class,distance",
            "fairness-credit-g.kf", "attribute,metric,group,compared_with,rows,value,lower,upper");
    for (Map.Entry<String, String> example : firstLines.entrySet()) {
      Path flow = Paths.get("..", "docs", "examples", example.getKey()).toAbsolutePath();
      Path out = Files.createDirectories(dir.resolve(example.getKey() + "-out"));
      InstalledPackage.Run run =
          weka.java(
              List.of(
                  "-Djava.awt.headless=true",
                  "-Dglasswing.data=" + creditG,
                  "-Dglasswing.out=" + out),
              "weka.knowledgeflow.FlowRunner",
              flow.toString());
      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      String written;
      try (var files = Files.list(out)) {
        written = Files.readString(files.findFirst().orElseThrow());
      }
      assertThat(written.lines().findFirst().orElseThrow())
          .as(example.getKey() + ": " + run.out() + run.err())
          .isEqualTo(example.getValue());
      assertThat(written.lines().count()).as(example.getKey()).isGreaterThan(2);
    }
    String fairness =
        Files.readString(dir.resolve("fairness-credit-g.kf-out").resolve("fairness.txt"));
    assertThat(fairness).contains("foreign_worker,selection rate,yes,,").contains("# age: ");
  }
}
