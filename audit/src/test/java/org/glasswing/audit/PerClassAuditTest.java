package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.weka.TestData;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class PerClassAuditTest {

  private static String body(Report report, String id) {
    return report.sections().stream()
        .filter(s -> s.id().equals(id))
        .map(ReportSection::bodyHtml)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void irisGetsEveryClassInItsWaterfallsAndProfiles() throws Exception {
    Instances iris = TestData.iris();
    J48 tree = new J48();
    WekaModel model = new WekaModel(Training.train(tree, iris, "iris"), new Instances(iris, 0));
    AuditPlan plan = AuditPlan.defaults().with("rows", "1,51,101");
    for (AuditSection section : AuditSection.values()) {
      plan =
          plan.withSection(
              section,
              section == AuditSection.LOCAL_EXPLANATIONS
                  || section == AuditSection.PROFILES
                  || section == AuditSection.AGREEMENT);
    }
    Report report = Audit.run(plan, AuditInputs.builder(model).training(iris, "iris").build());

    String local = body(report, "local-explanations");
    int[] rows = {0, 50, 100};
    String[] classes = {"Iris-setosa", "Iris-versicolor", "Iris-virginica"};
    for (int i = 0; i < rows.length; i++) {
      int predicted = (int) model.classifier().classifyInstance(iris.instance(rows[i]));
      assertThat(local)
          .contains(
              "Row " + (rows[i] + 1) + ": predicted probability of &#39;" + classes[predicted]);
      for (int c = 0; c < 3; c++) {
        String panel = "id='chart-waterfall-" + (i + 1) + "-" + (c + 1) + "'";
        if (c == predicted) {
          assertThat(local).doesNotContain(panel);
        } else {
          assertThat(local).contains(panel);
        }
      }
    }
    String profiles = body(report, "profiles");
    assertThat(profiles).contains("id='chart-profile-1-classes'");
    for (String c : classes) {
      assertThat(profiles).contains(">class " + c + "</text>");
    }
    // the agreement section compares the predicted class's explanations only
    assertThat(body(report, "agreement")).doesNotContain("Iris-setosa&#39; and");
  }
}
