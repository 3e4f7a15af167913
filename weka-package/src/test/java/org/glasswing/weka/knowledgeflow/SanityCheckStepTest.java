package org.glasswing.weka.knowledgeflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.Verdict;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class SanityCheckStepTest {

  @Test
  void treeShapOfJ48PassesTheDataRandomisationTest() throws Exception {
    Instances data = TestData.creditG();
    Instances train = new Instances(data, 0, 700);
    Instances test = new Instances(data, 700, 300);
    J48 j48 = new J48();
    j48.buildClassifier(train);
    SanityCheckStep step = new SanityCheckStep();
    step.setMaxRows(30);
    List<CheckResult> results = step.check(j48, train, test);
    assertThat(results).isNotEmpty();
    for (CheckResult r : results) {
      assertThat(r.test()).isEqualTo("data-randomization");
      // J48 on shuffled labels relies on other attributes: the explanations change
      assertThat(r.verdict()).as(r.toString()).isNotEqualTo(Verdict.FAIL);
    }
    assertThat(results)
        .filteredOn(r -> r.measure().equals("spearman-abs"))
        .singleElement()
        .extracting(CheckResult::verdict)
        .isEqualTo(Verdict.PASS);
    String text = SanityCheckStep.text(results);
    assertThat(text).startsWith("method,test,measure,value,verdict,reason\n");
    assertThat(text.lines()).hasSize(results.size() + 1);
  }
}
