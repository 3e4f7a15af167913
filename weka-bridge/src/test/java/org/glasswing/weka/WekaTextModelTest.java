package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.lime.TextLime;
import org.glasswing.core.occlusion.TextOcclusion;
import org.glasswing.core.text.TextModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

class WekaTextModelTest {

  static WekaTextModel trained() throws Exception {
    Instances data = TestData.arff(TextTestData.reviewsArff(40));
    FilteredClassifier classifier = new FilteredClassifier();
    classifier.setFilter(new StringToWordVector());
    classifier.setClassifier(new J48());
    classifier.buildClassifier(data);
    return new WekaTextModel(classifier, data);
  }

  @Test
  void scoresRawDocumentsWithAFilteredClassifier() throws Exception {
    WekaTextModel model = trained();
    TextModel copy = model.copyForThread();

    double[][] outputs =
        copy.predict(List.of("a great story", "a long story", "great", "", "never seen words"));

    assertThat(model.outputNames()).containsExactly("neg", "pos");
    assertThat(outputs[0][1]).isGreaterThan(0.9);
    assertThat(outputs[1][0]).isGreaterThan(0.9);
    assertThat(outputs[2][1]).isGreaterThan(0.9);
    assertThat(outputs[3][0]).isGreaterThan(0.9);
    assertThat(outputs[0][0] + outputs[0][1]).isCloseTo(1, within(1e-12));
  }

  @Test
  void limeAndOcclusionRankTheDecisiveWordFirst() throws Exception {
    WekaTextModel model = trained();
    List<String> documents = List.of("the plot was great and long", "music great ending");
    EvaluationEngine engine = EvaluationEngine.defaults().withThreads(2);

    List<Explanation> lime =
        new TextLime(500, Double.NaN, 3, 1)
            .explain(model, documents, TargetSelection.named("pos"), engine);
    List<Explanation> occlusion =
        new TextOcclusion().explain(model, documents, TargetSelection.named("pos"), engine);

    for (Explanation e : List.of(lime.get(0), lime.get(1), occlusion.get(0), occlusion.get(1))) {
      int top = 0;
      for (int f = 1; f < e.size(); f++) {
        if (Math.abs(e.attribution(f)) > Math.abs(e.attribution(top))) {
          top = f;
        }
      }
      assertThat(e.features().get(top).name()).as(e.method()).isEqualTo("great");
      assertThat(e.attribution(top)).isGreaterThan(0.8);
    }
  }

  @Test
  void refusesDataThatIsNotOneStringAttributeAndAClass() {
    Instances tabular = TestData.arff(TestData.smallArff());
    assertThatThrownBy(() -> WekaTextModel.textAttribute(tabular, "--train small.arff"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("need a string attribute, but --train small.arff has none");
    Instances mixed =
        TestData.arff(
            "@relation r\n@attribute t string\n@attribute x numeric\n@attribute c {a,b}\n@data\n'u',1,a\n");
    assertThatThrownBy(() -> WekaTextModel.textAttribute(mixed, "--train r.arff"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("also has the attribute 'x'");
    Instances numbers =
        TestData.arff("@relation r\n@attribute x numeric\n@attribute c {a,b}\n@data\n1,a\n");
    numbers.deleteAttributeAt(0);
    assertThatThrownBy(() -> WekaTextModel.textAttribute(numbers, "--train r.arff"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("need a string attribute, but --train r.arff has none");
    Instances two =
        TestData.arff(
            "@relation r\n@attribute a string\n@attribute b string\n@attribute c {x,y}\n@data\n'u','v',x\n");
    assertThatThrownBy(() -> WekaTextModel.textAttribute(two, "--train r.arff"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("several string attributes ('a', 'b')");
  }
}
