package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.GapMetric;
import org.glasswing.core.fairness.GroupMetric;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class FairnessAnalysisTest {

  private static final MethodSpec FAIRNESS =
      MethodCatalogue.standard().find(Family.FAIRNESS, "fairness");

  /** The class is "good" for group a and "bad" for group b; x is noise. */
  private static Instances biased(int rows) {
    Random random = new Random(4);
    StringBuilder arff =
        new StringBuilder(
            "@relation biased\n@attribute group {a,b}\n@attribute x numeric\n"
                + "@attribute y {good,bad}\n@data\n");
    for (int r = 0; r < rows; r++) {
      boolean a = random.nextBoolean();
      arff.append(a ? "a" : "b").append(',').append(random.nextDouble()).append(',');
      arff.append(a ? "good" : "bad").append('\n');
    }
    return TestData.arff(arff.toString());
  }

  private static FairnessAnalysis.Audited audit(Instances data, Map<String, String> settings) {
    return FairnessAnalysis.audit(
        FAIRNESS,
        FAIRNESS.values(settings, n -> n),
        new J48(),
        data,
        1,
        ProgressListener.NONE,
        CancellationToken.NONE);
  }

  @Test
  void aModelThatFavoursOneGroupIsAConcernAndAnUnrelatedAttributeIsNot() {
    Instances data = biased(200);
    FairnessAnalysis.Audited shown =
        audit(data, Map.of("protected", "group,x:0.5", "replicates", "100"));
    assertThat(shown.results()).hasSize(2);
    FairnessResult group = shown.results().get(0);
    assertThat(group.attribute()).isEqualTo("group");
    assertThat(group.positive()).isEqualTo("good");
    assertThat(FairnessTables.value(group, GroupMetric.SELECTION_RATE, "a")).isEqualTo(1.0);
    assertThat(FairnessTables.value(group, GroupMetric.SELECTION_RATE, "b")).isEqualTo(0.0);
    assertThat(group.gap(GapMetric.DEMOGRAPHIC_PARITY_DIFFERENCE).orElseThrow().estimate().value())
        .isEqualTo(1.0);
    assertThat(group.verdict().concern()).isTrue();
    FairnessResult x = shown.results().get(1);
    int rows = x.groups().stream().mapToInt(g -> g.rows()).sum();
    assertThat(rows).isEqualTo(200);
    String html = FairnessTables.tables(shown);
    assertThat(html).contains("CONCERN").contains("selection rate").contains("demographic parity");
    assertThat(FairnessTables.title(shown)).contains("A concern for group");
    String csv = FairnessTables.csv(shown);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo("attribute,metric,group,compared_with,rows,value,lower,upper");
    assertThat(csv).contains("group,selection rate,a,,").contains("group,selection rate,b,,");
    assertThat(csv).contains("group,demographic parity difference,a,b,,");
    assertThat(csv).contains("# group: " + group.verdict().headline());
  }

  @Test
  void namesTheAttributesWhenNoneIsProtectedAndRejectsAnUnknownPositiveClass() {
    Instances data = biased(60);
    assertThatThrownBy(() -> audit(data, Map.of()))
        .hasMessageContaining("protected")
        .hasMessageContaining("group, x");
    assertThatThrownBy(() -> audit(data, Map.of("protected", "group", "positive", "nope")))
        .hasMessageContaining("'nope' is not a class");
    assertThatThrownBy(() -> audit(data, Map.of("protected", "nope"))).hasMessageContaining("nope");
  }
}
