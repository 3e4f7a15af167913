package org.glasswing.weka.knowledgeflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glasswing.audit.AuditInputs;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.WekaException;

class AuditReportStepTest {

  private static AuditInputs.Builder credit() throws Exception {
    Instances data = TestData.creditG();
    J48 j48 = new J48();
    j48.buildClassifier(data);
    return AuditInputs.builder(new WekaModel(j48, new Instances(data, 0))).training(data, "credit");
  }

  @Test
  void theStepsProtectedFrozenAndRedactOptionsReachTheAudit() throws Exception {
    AuditInputs inputs =
        AuditReportStep.build(credit(), "personal_status,age:25,60", "job, housing", true);

    assertThat(inputs.protectedAttributes()).hasSize(2);
    assertThat(inputs.protectedAttributes().get(1).cuts()).containsExactly(25.0, 60.0);
    assertThat(inputs.frozenAttributes())
        .containsExactly("job", "housing", "personal_status", "age");
    assertThat(inputs.redact()).isTrue();
    assertThat(inputs.settings())
        .containsEntry(
            org.glasswing.audit.AuditAttributes.PROTECTED_SETTING, "personal_status, age:25,60")
        .containsEntry(org.glasswing.audit.AuditAttributes.REDACTED_SETTING, "yes");
    AuditReportStep step = new AuditReportStep();
    assertThat(step.getProtectedAttributes()).isEmpty();
    assertThat(step.getRedact()).isFalse();
  }

  @Test
  void aWrongAttributeIsOneLineNamingIt() {
    assertThatThrownBy(() -> AuditReportStep.build(credit(), "gender", "", false))
        .isInstanceOf(WekaException.class)
        .hasMessageStartingWith("the AuditReport step: 'gender' is not an input attribute");
    assertThatThrownBy(() -> AuditReportStep.build(credit(), "age:old", "", false))
        .hasMessageContaining("'old' is not a number");
  }
}
