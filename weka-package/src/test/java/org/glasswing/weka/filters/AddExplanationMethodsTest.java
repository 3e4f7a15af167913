package org.glasswing.weka.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Collections;
import java.util.List;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.weka.TestData;
import org.glasswing.weka.explain.WekaMethodNames;
import org.junit.jupiter.api.Test;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Utils;
import weka.filters.Filter;

/** AddExplanation with the catalogue's methods beyond Shapley values, and its help texts. */
class AddExplanationMethodsTest {

  private static Instances run(String options) throws Exception {
    AddExplanation filter = new AddExplanation();
    filter.setOptions(Utils.splitOptions(options));
    Instances data = TestData.iris();
    filter.setInputFormat(data);
    return Filter.useFilter(data, filter);
  }

  @Test
  void limeAddsItsFidelityInterceptAndLocalPredictionAfterTheAttributions() throws Exception {
    Instances out = run("-W weka.classifiers.functions.Logistic -method lime -samples 300 -S 2");
    List<String> names =
        Collections.list(out.enumerateAttributes()).stream().map(a -> a.name()).toList();
    assertThat(names)
        .containsSubsequence(
            "petalwidth",
            "shap_class",
            "shap_base",
            "shap_sepallength",
            "shap_petalwidth",
            "shap_fidelity",
            "shap_intercept",
            "shap_local_prediction");
    int fidelity = out.attribute("shap_fidelity").index();
    for (int r = 0; r < out.numInstances(); r += 25) {
      assertThat(out.instance(r).value(fidelity)).isLessThanOrEqualTo(1.0 + 1e-9);
      assertThat(out.instance(r).value(out.attribute("shap_intercept").index()))
          .as("LIME's base value is its intercept")
          .isEqualTo(out.instance(r).value(out.attribute("shap_base").index()));
      double local = out.instance(r).value(out.attribute("shap_intercept").index());
      for (int f = 0; f < 4; f++) {
        local += out.instance(r).value(out.attribute("shap_base").index() + 1 + f);
      }
      assertThat(out.instance(r).value(out.attribute("shap_local_prediction").index()))
          .as("intercept plus the surrogate's terms")
          .isCloseTo(local, within(1e-9));
    }
  }

  @Test
  void occlusionNamesItsGroups() throws Exception {
    Instances out =
        run(
            "-W weka.classifiers.functions.Logistic -method occlusion -groups petallength,petalwidth");
    assertThat(out.attribute("shap_petallength+petalwidth")).isNotNull();
    assertThat(out.attribute("shap_sepallength")).isNotNull();
    assertThat(out.attribute("shap_petalwidth")).isNull();
    assertThatThrownBy(() -> run("-method occlusion -groups nosuch,petalwidth"))
        .hasMessageContaining("-groups nosuch,petalwidth");
  }

  @Test
  void theControlAndTheOtherShapleyMethodsRun() throws Exception {
    for (String method :
        List.of("input-magnitude", "sampling-shapley -budget 64", "exact-shapley")) {
      Instances out = run("-W weka.classifiers.functions.Logistic -method " + method);
      assertThat(out.numInstances()).as(method).isEqualTo(150);
    }
  }

  @Test
  void aSettingOfAnotherMethodIsRefused() {
    assertThatThrownBy(() -> run("-W weka.classifiers.functions.Logistic -method lime -budget 99"))
        .hasMessageContaining("-budget does not apply to -method lime");
    assertThatThrownBy(() -> run("-method exact-shapley -tree-mode path"))
        .hasMessageContaining("-tree-mode does not apply to -method exact-shapley");
  }

  @Test
  void helpAndGuiTextsComeFromTheCatalogue() throws Exception {
    AddExplanation filter = new AddExplanation();
    for (MethodSpec spec : WekaMethodNames.tabularMethods()) {
      assertThat(filter.globalInfo()).contains(spec.name() + ": " + spec.question());
      assertThat(filter.globalInfo()).contains(spec.citation());
    }
    List<String> names = Collections.list(filter.listOptions()).stream().map(Option::name).toList();
    assertThat(names)
        .contains("W", "serialized", "target", "method", "budget", "background-size", "S")
        .contains("num-slots", "samples", "lime-mode", "kernel-width", "groups", "tree-mode");
    assertThat(filter.budgetTipText()).contains("default 2n+2048").contains("default 2048");
    assertThat(filter.backgroundSizeTipText()).contains("default 100");
    assertThat(filter.seedTipText()).contains("default 1");
    assertThat(filter.methodSettingsTipText()).contains("-samples <n>").contains("-lime-mode");
    filter.setMethodSettings("-samples 3000 -lime-mode continuous");
    assertThat(Utils.joinOptions(filter.getOptions()))
        .contains("-samples 3000 -lime-mode continuous");
    assertThatThrownBy(() -> filter.setMethodSettings("-lime-mode sideways"))
        .hasMessageContaining("-lime-mode sideways: unknown value");
  }
}
