package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.report.SettingsSection;
import org.glasswing.weka.TestData;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class AuditTest {

  private static final String J48_SPEC = "weka.classifiers.trees.J48";
  private static final AuditPlan PLAN =
      AuditPlan.defaults().with("rows", "2,60").with("permutation-repeats", "2");

  private static Report withLearner;
  private static Report withoutLearner;
  private static Report withoutLime;

  @BeforeAll
  static void runAudits() {
    Instances iris = TestData.iris();
    WekaModel model =
        new WekaModel(Training.train(new J48(), iris, "iris"), new Instances(iris, 0));
    AuditInputs trained = AuditInputs.builder(model).training(iris, "iris").build();
    withLearner =
        Audit.run(
            PLAN, AuditInputs.builder(model).training(iris, "iris").learnerSpec(J48_SPEC).build());
    withoutLearner = Audit.run(PLAN, trained);
    withoutLime =
        Audit.run(
            PLAN.withSection(AuditSection.LIME, false).withSection(AuditSection.AGREEMENT, false),
            trained);
  }

  private static List<String> ids(Report report) {
    return report.sections().stream().map(ReportSection::id).toList();
  }

  private static Map<String, String> settings(Report report) {
    return ((SettingsSection) report.sections().get(report.sections().size() - 1)).settings();
  }

  @Test
  void aLearnerGivesEverySection() {
    assertThat(ids(withLearner))
        .containsExactly(
            "dataset",
            "performance",
            "calibration",
            "prediction-uncertainty",
            "conformal",
            "global-importance",
            "importance-permutation",
            "profiles",
            "interactions",
            "surrogate",
            "local-explanations",
            "lime",
            "occlusion",
            "agreement",
            "nearest-examples-2",
            "counterfactual-2",
            "data-map-pca",
            "prototypes",
            "sanity-checks",
            "deletion-curves",
            "settings");
    // Iris has no protected attribute, so only the fairness section may be listed as not run.
    assertThat(settings(withLearner))
        .allSatisfy(
            (name, value) -> {
              if (!name.equals("fairness")) {
                assertThat(value).doesNotStartWith("not run");
              }
            })
        .containsEntry("fairness", "not run: no protected attributes named (--protected)");
    assertThat(withLearner.sections().get(1).bodyHtml()).contains("10-fold cross-validation");
  }

  @Test
  void withoutALearnerTheRetrainingSectionsAreListedAsNotRunWithTheReason() {
    assertThat(ids(withoutLearner))
        .doesNotContain(
            "prediction-uncertainty", "conformal", "importance-permutation", "sanity-checks")
        .contains("performance", "calibration", "global-importance", "surrogate", "lime");
    String reason = AuditRun.NO_LEARNER;
    assertThat(reason)
        .isEqualTo(
            "not run: this audit has a trained model but no learner to retrain (give a"
                + " classifier spec)");
    assertThat(settings(withoutLearner))
        .containsEntry("prediction uncertainty", reason)
        .containsEntry("conformal prediction sets", reason)
        .containsEntry("permutation importance", reason)
        .containsEntry("sanity checks", reason);
    assertThat(withoutLearner.sections().get(1).bodyHtml())
        .contains("the trained model tested on iris (no retraining; these are its training rows");
  }

  @Test
  void theReportStatesItsPlan() {
    String json = settings(withLearner).get("audit plan (JSON)");

    assertThat(AuditPlan.fromJson(json)).isEqualTo(PLAN);
  }

  @Test
  void sectionsThePlanTurnsOffAreLeftOutAndSaidSo() {
    assertThat(ids(withoutLime)).doesNotContain("lime", "agreement").contains("occlusion");
    assertThat(settings(withoutLime))
        .containsEntry("lime", AuditRun.TURNED_OFF)
        .containsEntry("agreement", AuditRun.TURNED_OFF);
  }

  @Test
  void theSameSeedGivesTheSameFiguresWithAndWithoutALearnerForTheModelOnlySections() {
    for (String id : List.of("global-importance", "local-explanations", "lime", "surrogate")) {
      assertThat(body(withoutLearner, id)).as(id).isEqualTo(body(withLearner, id));
    }
  }

  @Test
  void inputsRefuseALearnerWithoutTrainingRowsAndAnAuditWithoutRows() {
    Instances iris = TestData.iris();
    WekaModel model =
        new WekaModel(Training.train(new J48(), iris, "iris"), new Instances(iris, 0));

    assertThatThrownBy(
            () -> AuditInputs.builder(model).rows(iris, "iris").learnerSpec(J48_SPEC).build())
        .hasMessage("a learner needs training rows to retrain on");
    assertThatThrownBy(() -> AuditInputs.builder(model).build())
        .hasMessage("an audit needs training rows or rows to examine");
  }

  private static String body(Report report, String id) {
    return report.sections().stream()
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow()
        .bodyHtml();
  }
}
