package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.weka.TestData;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class AuditExamplesTest {

  private static String body(Report report, String id) {
    return report.sections().stream()
        .filter(s -> s.id().equals(id))
        .map(ReportSection::bodyHtml)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void neighboursLeaveOutTheRowItselfAndCounterfactualsKeepProtectedAttributes() {
    Instances iris = TestData.iris();
    WekaModel model =
        new WekaModel(Training.train(new J48(), iris, "iris"), new Instances(iris, 0));
    AuditPlan plan = AuditPlan.defaults().with("rows", "60");
    for (AuditSection section : AuditSection.values()) {
      if (section != AuditSection.NEAREST_EXAMPLES && section != AuditSection.COUNTERFACTUALS) {
        plan = plan.withSection(section, false);
      }
    }
    AuditInputs unprotected = AuditInputs.builder(model).training(iris, "iris").build();
    AuditInputs protectedPetals =
        AuditInputs.builder(model)
            .training(iris, "iris")
            .frozenAttributes(List.of("petallength", "petalwidth"))
            .build();

    Report free = Audit.run(plan, unprotected);
    Report kept = Audit.run(plan, protectedPetals);

    assertThat(body(free, "nearest-examples-60")).doesNotContain("row 60 (");
    // J48 on iris splits on the petals only: free counterfactuals change them, protected ones
    // may not (and then find none, or change the sepals only).
    assertThat(body(free, "counterfactual-60")).containsPattern("<th scope=\"row\">petal");
    assertThat(body(kept, "counterfactual-60")).doesNotContain("<th scope=\"row\">petal");
  }
}
