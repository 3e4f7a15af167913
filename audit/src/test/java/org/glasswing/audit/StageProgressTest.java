package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.weka.TestData;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class StageProgressTest {

  /** One report on a progress line. */
  private record Report(double fraction, String message) {}

  @Test
  void stagesInPartsClimbToOneHundredPercentWithTheirLastPart() {
    Instances iris = TestData.iris();
    WekaModel model =
        new WekaModel(Training.train(new J48(), iris, "iris"), new Instances(iris, 0));
    AuditPlan plan = AuditPlan.defaults();
    for (AuditSection section : AuditSection.values()) {
      plan =
          plan.withSection(
              section,
              section == AuditSection.SANITY_CHECKS || section == AuditSection.DELETION_CURVES);
    }
    Map<String, List<Report>> lines = new LinkedHashMap<>();
    AuditProgress progress =
        new AuditProgress() {
          @Override
          public void step(String message) {}

          @Override
          public <T> T track(String label, Function<ProgressListener, T> work) {
            List<Report> line = lines.computeIfAbsent(label, l -> new ArrayList<>());
            return work.apply(
                (f, m) -> {
                  synchronized (line) {
                    line.add(new Report(f, m));
                  }
                });
          }
        };

    Audit.run(
        plan,
        AuditInputs.builder(model).training(iris, "iris").learner(J48::new).build(),
        progress,
        CancellationToken.ofCallingThread());

    for (String stage : List.of("data randomisation test", "deletion curves")) {
      List<Report> line = lines.get(stage);
      assertThat(line).as(stage).isNotEmpty();
      for (int i = 1; i < line.size(); i++) {
        assertThat(line.get(i).fraction())
            .as(stage)
            .isGreaterThanOrEqualTo(line.get(i - 1).fraction());
      }
      // 100% comes from the parts themselves, not only from the stage's end
      int parts =
          stage.equals("deletion curves") ? AuditChecks.DELETION_PARTS : AuditChecks.SANITY_PARTS;
      int lastPart = line.size() - 2;
      assertThat(line.get(lastPart).fraction()).as(stage).isEqualTo(1.0);
      assertThat(line.get(lastPart).message())
          .as(stage)
          .startsWith("part ")
          .contains(" of " + parts + ": ");
      assertThat(line.get(line.size() - 1).message()).isEqualTo("done");
    }
  }
}
