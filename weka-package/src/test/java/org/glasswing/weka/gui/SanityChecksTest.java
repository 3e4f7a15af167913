package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.methods.Backgrounds;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodInputs;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.sanity.Agreement;
import org.glasswing.core.sanity.Attributions;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.core.sanity.Verdict;
import org.glasswing.core.shapley.Background;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class SanityChecksTest {

  private static final Instances DATA = TestData.oneRelevant(120, 9);

  private static MethodSpec spec(String name) {
    return SanityAnalysis.offered(MethodCatalogue.standard().find(Family.SANITY, name));
  }

  private static WekaModel trained(weka.classifiers.Classifier c) throws Exception {
    c.buildClassifier(DATA);
    return new WekaModel(c, DATA);
  }

  private static Object run(String check, Map<String, String> settings, WekaModel model)
      throws Exception {
    MethodSpec spec = spec(check);
    return SanityChecks.run(
        spec,
        spec.values(settings, n -> n),
        model,
        DATA,
        1,
        ProgressListener.NONE,
        CancellationToken.NONE);
  }

  private static EvaluationEngine engine() {
    return new EvaluationEngine(1, 4096, ProgressListener.NONE, CancellationToken.NONE);
  }

  /**
   * The command line's methods: built from the catalogue on one background of the training data.
   */
  private static Explainer cliMethod(String name, Background background) {
    MethodSpec spec = MethodCatalogue.standard().local(name);
    return spec.create(new MethodInputs(spec.defaults(), WekaData.dataset(DATA), background));
  }

  private static Background cliBackground() {
    return Backgrounds.draw(
        WekaData.dataset(DATA),
        ParameterValues.of(Parameters.background(), Map.of(), n -> n),
        "train",
        n -> n);
  }

  private static Dataset firstTen() {
    return WekaData.dataset(DATA).select(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  }

  @Test
  void everySanityCheckOffersTheMethodsItChecksWithTheControlByDefault() {
    for (String check : SanityChecks.CHECKS) {
      MethodSpec offered = spec(check);
      assertThat(offered.parameter("method")).as(check).isPresent();
      assertThat(offered.defaults().text(SanityAnalysis.METHOD)).contains("input-magnitude");
      assertThat(SanityAnalysis.offered(offered)).isSameAs(offered);
    }
    MethodSpec surrogate = MethodCatalogue.standard().find(Family.GLOBAL, "surrogate");
    assertThat(SanityAnalysis.offered(surrogate)).isSameAs(surrogate);
  }

  @Test
  void deletionCurvesAreTheCommandLinesAndTheControlIsNoBetterThanShapley() throws Exception {
    WekaModel model = trained(new J48());
    SanityChecks.Curves shown =
        (SanityChecks.Curves)
            run("faithfulness", Map.of("method", "exact-shapley,input-magnitude"), model);
    Background background = cliBackground();
    Dataset rows = firstTen();
    int[] targets = Attributions.predictedTargets(model, rows);
    DeletionCurves curves = new DeletionCurves(background, 10, 1);
    DeletionCurveResult direct =
        curves.run(
            Attributions.explanations(
                cliMethod("exact-shapley", background), model, rows, targets, engine()),
            model,
            rows,
            engine());
    assertThat(shown.rows()).isEqualTo(10);
    assertThat(shown.results()).hasSize(2);
    DeletionCurveResult shapley = shown.results().get(0);
    assertThat(shapley.mif()).containsExactly(direct.mif());
    assertThat(shapley.random()).containsExactly(direct.random());
    assertThat(shapley.randomSpread()).containsExactly(direct.randomSpread());
    // x1 alone decides: removing it first drops the probability at once
    assertThat(shapley.srg()).isGreaterThan(0);
    assertThat(shapley.mifAuc()).isLessThan(shapley.randomAuc());
    assertThat(shown.results().get(1).srg()).isLessThanOrEqualTo(shapley.srg());
    String text = SanityText.curves(shown);
    assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("method,curve,auc");
    assertThat(text).contains("exact-shapley,srg,");
    assertThat(SanityCharts.curveTable(shown)).contains("control: ignores the model");
  }

  @Test
  void dataRandomisationFailsTheControlThatIgnoresTheModel() throws Exception {
    WekaModel model = trained(new J48());
    SanityChecks.Verdicts shown =
        (SanityChecks.Verdicts)
            run(
                "data-randomization",
                Map.of("method", "exact-shapley,input-magnitude", "repeats", "1"),
                model);
    List<CheckResult> control =
        shown.results().stream().filter(r -> r.method().equals("input-magnitude")).toList();
    assertThat(control)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.FAIL));
    assertThat(
            shown.results().stream()
                .filter(r -> r.method().equals("exact-shapley"))
                .map(CheckResult::verdict))
        .contains(Verdict.PASS);
    assertThat(DiagnosticCharts.verdictTable(shown.results()))
        .contains("control: expected to fail");
    assertThat(SanityText.verdicts(shown).lines().findFirst().orElseThrow())
        .isEqualTo("method,test,measure,value,verdict");
  }

  @Test
  void parameterRandomisationRandomisesLogisticAndNamesWhatElseWorks() throws Exception {
    SanityChecks.Verdicts shown =
        (SanityChecks.Verdicts)
            run(
                "parameter-randomization",
                Map.of("method", "exact-shapley,input-magnitude"),
                trained(new Logistic()));
    assertThat(shown.results())
        .filteredOn(r -> r.method().equals("input-magnitude"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.FAIL));
    assertThat(shown.results())
        .filteredOn(r -> r.method().equals("exact-shapley"))
        .extracting(CheckResult::verdict)
        .contains(Verdict.PASS);
    WekaModel tree = trained(new J48());
    assertThatThrownBy(() -> run("parameter-randomization", Map.of(), tree))
        .hasMessageContaining("Logistic")
        .hasMessageContaining("data-randomization");
  }

  @Test
  void agreementIsTheCoresMatrixAndShapleyAgreesWithItself() throws Exception {
    WekaModel model = trained(new J48());
    SanityChecks.Agreements shown =
        (SanityChecks.Agreements)
            run("agreement", Map.of("method", "exact-shapley,kernel-shap,input-magnitude"), model);
    Background background = cliBackground();
    Dataset rows = firstTen();
    int[] targets = Attributions.predictedTargets(model, rows);
    List<String> names = List.of("exact-shapley", "kernel-shap", "input-magnitude");
    List<double[][]> attributions =
        names.stream()
            .map(
                n -> Attributions.explain(cliMethod(n, background), model, rows, targets, engine()))
            .toList();
    assertThat(shown.k()).isEqualTo(2);
    assertThat(shown.pairs()).isEqualTo(Agreement.matrix(names, attributions, 2));
    // exact and kernel SHAP estimate the same values: the same sign and order on 2 attributes
    assertThat(shown.pairs().get(0).signedRankAgreement()).isGreaterThan(0.9);
    assertThat(SanityText.agreements(shown).lines()).hasSize(1 + 3 * 4);
    assertThatThrownBy(() -> run("agreement", Map.of("method", "exact-shapley"), model))
        .hasMessageContaining("at least two");
    assertThatThrownBy(() -> run("agreement", Map.of("method", "nope"), model))
        .hasMessageContaining("nope");
  }

  @Test
  void stabilityOfExactShapleyIsPerfectOverSeeds() throws Exception {
    SanityChecks.Verdicts shown =
        (SanityChecks.Verdicts)
            run("stability", Map.of("method", "exact-shapley", "runs", "3"), trained(new J48()));
    // exact Shapley values use no random draws: every seed gives the same ranking
    assertThat(shown.results())
        .filteredOn(r -> r.test().equals("stability-seeds"))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.PASS));
  }
}
