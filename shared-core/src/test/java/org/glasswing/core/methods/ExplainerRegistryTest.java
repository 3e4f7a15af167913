package org.glasswing.core.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class ExplainerRegistryTest {

  private final MethodSettings settings =
      new MethodSettings(Background.uniform(Data.random(Data.numericRegression(4), 5, 1)), 3, 9);

  @Test
  void standardRegistryBuildsEveryMethodByName() {
    ExplainerRegistry registry = ExplainerRegistry.standard();

    assertThat(registry.names())
        .containsExactly(
            "exact-shapley",
            "sampling-shapley",
            "kernel-shap",
            "tree-shap",
            "input-magnitude",
            "saliency",
            "gradient-x-input",
            "smoothgrad",
            "integrated-gradients",
            "grad-cam");
    for (String name : registry.names()) {
      assertThat(registry.create(name, settings).method()).isEqualTo(name);
    }
    assertThat(registry.needsTreeModel("tree-shap")).isTrue();
    assertThat(registry.needsTreeModel("exact-shapley")).isFalse();
    // a budget below the estimator's minimum is raised to it
    assertThat(((SamplingShapley) registry.create("sampling-shapley", settings)).budget())
        .isEqualTo(SamplingShapley.minimumBudget(4));
    assertThat(((KernelShap) registry.create("kernel-shap", settings)).budget())
        .isEqualTo(KernelShap.minimumBudget(4));
  }

  @Test
  void aNewMethodIsOneRegistration() {
    ExplainerRegistry registry =
        ExplainerRegistry.empty()
            .with("control", false, s -> new InputMagnitudeExplainer(s.background()));

    assertThat(registry.parse("control, control")).containsExactly("control");
    assertThatThrownBy(() -> registry.with("control", false, s -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("registered already");
  }

  @Test
  void unknownNamesAreRefusedWithTheKnownOnes() {
    assertThatThrownBy(() -> ExplainerRegistry.standard().parse("exact-shapley,lime-ish"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no method 'lime-ish'; choose from exact-shapley, sampling-shapley, kernel-shap,"
                + " tree-shap, input-magnitude, saliency, gradient-x-input, smoothgrad,"
                + " integrated-gradients, grad-cam");
    assertThatThrownBy(() -> ExplainerRegistry.standard().parse(" , "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no method given");
  }
}
