package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glasswing.core.methods.Family;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class AttributePickerTest {

  @Test
  void choosingAttributesKeepsTheCutPointsOfTheOnesKept() {
    assertThat(AttributePicker.names("age:25,60,sex")).containsExactly("age", "sex");
    assertThat(AttributePicker.names("")).isEmpty();
    assertThat(AttributePicker.merge("age:25,60,sex", List.of("age", "job")))
        .isEqualTo("age:25,60,job");
    assertThat(AttributePicker.merge("", List.of("a", "b"))).isEqualTo("a,b");
  }

  @Test
  void theProtectedAttributesOfTheFairnessViewAreFrozenInTheCounterfactualView() {
    Instances data = TestData.creditG();
    ExplainSubject subject = ExplainSubject.toTrain(new J48(), data, data.numAttributes() - 1);
    CatalogueView view = new CatalogueView(() -> subject, () -> null, () -> 1, row -> {});
    view.choose(Family.FAIRNESS, "fairness");
    view.form().set("protected", "age:25,60,personal_status");
    view.choose(Family.EXAMPLES, "counterfactual");
    assertThat(view.form().text("protected")).isEqualTo("age,personal_status");
    assertThat(view.form().changed()).containsEntry("protected", "age,personal_status");
    view.choose(Family.FAIRNESS, "fairness");
    assertThat(view.form().text("protected")).isEqualTo("age:25,60,personal_status");
    view.choose(Family.EXAMPLES, "counterfactual");
    view.form().set("protected", "");
    view.choose(Family.FAIRNESS, "fairness");
    assertThat(view.form().text("protected")).isEmpty();
  }
}
