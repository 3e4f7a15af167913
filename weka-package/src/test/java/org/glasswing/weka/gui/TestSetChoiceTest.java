package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class TestSetChoiceTest {

  @TempDir Path dir;

  private static ModelFromClassifyTab model(Instances train) throws Exception {
    J48 j48 = new J48();
    j48.buildClassifier(train);
    return new ModelFromClassifyTab(j48, new Instances(train, 0));
  }

  @Test
  void theModelIsExplainedOnTheChosenTestFileElseOnThePreprocessData() throws Exception {
    Instances train = TestData.oneRelevant(80, 1);
    Instances test = TestData.oneRelevant(30, 2);
    Path file = dir.resolve("test.arff");
    Files.writeString(file, test.toString());
    TestSetChoice choice = new TestSetChoice();
    ModelFromClassifyTab model = model(train);
    ExplainSubject preprocess = ExplainSubject.of(model, choice.explained(null, train));
    assertThat(preprocess.data().numInstances()).isEqualTo(80);
    assertThat(preprocess.trained()).isTrue();
    choice.choose(file);
    TestSetChoice.Explained explained = choice.explained(null, train);
    assertThat(explained.source()).isEqualTo("the test file test.arff");
    ExplainSubject onTest = ExplainSubject.of(model, explained);
    assertThat(onTest.data().numInstances()).isEqualTo(30);
    assertThat(onTest.data().classIndex()).isEqualTo(train.classIndex());
    assertThat(onTest.data().instance(0).value(0))
        .isCloseTo(test.instance(0).value(0), org.assertj.core.api.Assertions.within(1e-6));
    assertThat(onTest.classifier()).isSameAs(model.classifier());
  }

  @Test
  void aTestFileThatDoesNotMatchOrCannotBeReadIsNamed() throws Exception {
    Instances train = TestData.oneRelevant(40, 1);
    Path other = dir.resolve("iris.arff");
    Files.writeString(other, TestData.iris().toString());
    TestSetChoice choice = new TestSetChoice();
    choice.choose(other);
    ModelFromClassifyTab model = model(train);
    assertThatThrownBy(() -> ExplainSubject.of(model, choice.explained(null, train)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the test file iris.arff does not match the model's training data");
    choice.choose(dir.resolve("missing.arff"));
    assertThatThrownBy(() -> choice.explained(null, train))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing.arff");
  }

  @Test
  void wideTablesScrollSidewaysAndChartsFollowTheViewsWidth() {
    JPanel area = new JPanel(new java.awt.BorderLayout());
    ChartAreas.showComponent(area, new JLabel("<html><table><tr><td>wide</td></tr></table>"));
    JScrollPane scroll = (JScrollPane) area.getComponent(0);
    assertThat(scroll.getHorizontalScrollBarPolicy())
        .isEqualTo(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
    ChartHolder chart = new ChartHolder(new JPanel(), 100);
    assertThat(chart.getScrollableTracksViewportWidth()).isTrue();
  }
}
