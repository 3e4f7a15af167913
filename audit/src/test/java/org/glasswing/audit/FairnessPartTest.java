package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.fairness.FairnessAudit;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.GapMetric;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.report.Finding;
import org.glasswing.report.Numbers;
import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.TestData;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class FairnessPartTest {

  private static final Instances CREDIT = TestData.creditG();

  private static AuditPlan fairnessOnly() {
    AuditPlan plan = AuditPlan.defaults().with("folds", "5");
    for (AuditSection section : AuditSection.values()) {
      plan = plan.withSection(section, section == AuditSection.FAIRNESS);
    }
    return plan;
  }

  private static AuditInputs.Builder inputs() {
    WekaModel model =
        new WekaModel(Training.train(new J48(), CREDIT, "credit-g"), new Instances(CREDIT, 0));
    return AuditInputs.builder(model).training(CREDIT, "credit-g").learner(J48::new);
  }

  private static ReportSection section(Report report, String id) {
    return report.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void theSectionShowsTheSameFiguresAsTheCoreAuditOfTheSameFolds() {
    List<ProtectedAttribute> attributes = ProtectedAttribute.parseList("foreign_worker,age:25");
    Report report = Audit.run(fairnessOnly(), inputs().protectedAttributes(attributes).build());

    // What glasswing fairness computes, by hand: the same cross-validation, sets and settings.
    CrossValidatedPredictions cv =
        CrossValidatedPredictions.crossValidate(
            new J48(), CREDIT, 5, 1, (f, m) -> {}, CancellationToken.ofCallingThread());
    ClassPredictions known = cv.classPredictions();
    FairnessAudit audit =
        new FairnessAudit(
            known,
            CrossFitting.predictionSets(
                known, SplitConformalClassifier.Settings.of(0.1, ConformalScore.LAC, false), 5, 1),
            0.1,
            new FairnessAudit.Settings(0, 10, 1000, 0.95, 1));
    ReportSection fairness = section(report, "fairness");
    String html = fairness.bodyHtml();
    for (ProtectedAttribute a : attributes) {
      FairnessResult expected =
          audit.audit(
              a.groups(WekaData.dataset(CREDIT)).select(cv.rowsWithClass()),
              CancellationToken.ofCallingThread());
      assertThat(html).contains(org.glasswing.report.Html.escape(expected.verdict().headline()));
      double ratio =
          expected.gap(GapMetric.DEMOGRAPHIC_PARITY_RATIO).orElseThrow().estimate().value();
      assertThat(html).contains("<td class=\"num\">" + Numbers.format(ratio) + "</td>");
      assertThat(html)
          .contains(
              "<th scope=\"row\">"
                  + org.glasswing.report.Html.escape(expected.groups().get(0).group()));
    }
    assertThat(fairness.findings()).hasSize(2);
    assertThat(fairness.findings().get(0).tone()).isNotEqualTo(Finding.Tone.FACT);
  }

  @Test
  void withoutProtectedAttributesTheReportSaysWhyThereIsNoSection() {
    Report report = Audit.run(fairnessOnly(), inputs().build());

    assertThat(report.sections()).noneMatch(s -> s.id().equals("fairness"));
    assertThat(section(report, "settings").bodyHtml()).contains("no protected attributes named");
  }

  @Test
  void anUnknownProtectedOrFrozenAttributeIsNamedBeforeTheAuditRuns() {
    assertThatThrownBy(
            () -> inputs().protectedAttributes(ProtectedAttribute.parseList("gender")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'gender' is not an input attribute")
        .hasMessageContaining("personal_status");
    assertThatThrownBy(() -> inputs().frozenAttributes(List.of("class")).build())
        .hasMessageContaining("'class' is not an input attribute");
  }
}
