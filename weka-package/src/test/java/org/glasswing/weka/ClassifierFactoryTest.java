package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;

class ClassifierFactoryTest {

  @Test
  void buildsAClassifierWithItsOptions() {
    Classifier classifier = ClassifierFactory.create("weka.classifiers.trees.J48 -C 0.1 -M 5");
    assertThat(classifier).isInstanceOf(J48.class);
    assertThat(((J48) classifier).getConfidenceFactor()).isEqualTo(0.1f);
    assertThat(((J48) classifier).getMinNumObj()).isEqualTo(5);
  }

  @Test
  void anUnknownNameIsNamed() {
    assertThatThrownBy(() -> ClassifierFactory.create("weka.classifiers.trees.Nope -C 1"))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("no Weka classifier named 'weka.classifiers.trees.Nope'; give")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aClassThatIsNoClassifierIsRefused() {
    assertThatThrownBy(() -> ClassifierFactory.create("java.lang.String"))
        .hasMessageStartingWith("'java.lang.String' is not a Weka classifier; give");
  }

  @Test
  void invalidOptionsAreNamed() {
    assertThatThrownBy(() -> ClassifierFactory.create("weka.classifiers.trees.J48 -Q"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("weka.classifiers.trees.J48")
        .hasMessageContaining("-Q");
    assertThatThrownBy(() -> ClassifierFactory.create("weka.classifiers.trees.J48 -C abc"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("invalid options for the classifier weka.classifiers.trees.J48");
  }

  @Test
  void anEmptySpecIsRefused() {
    assertThatThrownBy(() -> ClassifierFactory.create("  ")).hasMessageContaining("empty");
  }
}
