package org.glasswing.core.methods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class MethodCatalogueTest {

  private final MethodCatalogue catalogue = MethodCatalogue.standard();
  private final Schema schema = Data.numericRegression(4);
  private final Dataset training = Data.random(schema, 40, 3);
  private final Model model = FunctionModel.regression(schema, x -> 2 * x[0] + x[1] * x[2] - x[3]);

  @Test
  void everyMethodHasAQuestionACitationAndCheckedDefaults() {
    for (MethodSpec spec : catalogue.all()) {
      assertThat(spec.question()).as(spec.name()).isNotBlank().doesNotContain("\n");
      assertThat(spec.citation()).as(spec.name()).matches(".*\\(\\d{4}\\).*");
      for (Parameter p : spec.parameters()) {
        if (p.hasDefault()) {
          assertThat(p.check(p.defaultValue(), n -> n))
              .as(spec.name() + " " + p.name())
              .isNotNull();
        }
        assertThat(p.description()).as(p.name()).isNotBlank();
      }
    }
  }

  @Test
  void everyTabularModelAgnosticMethodBuildsAndExplainsWithItsDefaults() {
    EvaluationEngine engine = new EvaluationEngine(1, 16, (f, m) -> {}, () -> false);
    Dataset rows = Data.random(schema, 2, 9);
    List<MethodSpec> specs = catalogue.localFor(DataKind.TABULAR, ModelFacts.blackBox(4));
    assertThat(specs)
        .extracting(MethodSpec::name)
        .containsExactly(
            "exact-shapley",
            "sampling-shapley",
            "kernel-shap",
            "lime",
            "occlusion",
            "input-magnitude");
    for (MethodSpec spec : specs) {
      ParameterValues values = spec.defaults();
      Background background =
          spec.usesBackground().test(values)
              ? Backgrounds.draw(training, values, "training", n -> n)
              : null;
      List<Explanation> out =
          spec.create(new MethodInputs(values, training, background))
              .explain(model, rows, TargetSelection.predicted(), engine);
      assertThat(out).as(spec.name()).hasSize(2);
      assertThat(out.get(0).method()).isEqualTo(spec.name());
    }
  }

  @Test
  void theCatalogueBuildsTheSameEstimatorAsTheDirectCallWithTheCommandLineDefaults() {
    MethodSpec kernel = catalogue.local("kernel-shap");
    ParameterValues defaults = kernel.defaults();
    Background background = Backgrounds.draw(training, defaults, "training", n -> n);
    KernelShap built = (KernelShap) kernel.create(new MethodInputs(defaults, training, background));
    assertThat(built.budget()).isEqualTo(2 * 4 + 2048);
    assertThat(background.size()).isEqualTo(40); // 100 asked, 40 rows: all of them

    MethodSpec sampling = catalogue.local("sampling-shapley");
    ParameterValues given = sampling.values(Map.of("budget", "300", "seed", "7"), n -> "--" + n);
    SamplingShapley s =
        (SamplingShapley) sampling.create(new MethodInputs(given, training, background));
    assertThat(s.budget()).isEqualTo(300);
  }

  @Test
  void aBudgetBelowTheMinimumIsRefusedNotRaised() {
    MethodSpec kernel = catalogue.local("kernel-shap");
    ParameterValues tiny = kernel.values(Map.of("budget", "3"), n -> "--" + n);
    Background background = Background.uniform(training);
    assertThatThrownBy(() -> kernel.create(new MethodInputs(tiny, training, background)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs at least 10")
        .hasMessageContaining("use a budget of 10 or more");
  }

  @Test
  void badSettingsNameTheSettingTheValueAndWhatIsAllowed() {
    MethodSpec lime = catalogue.local("lime");
    assertThatThrownBy(() -> lime.values(Map.of("samples", "-5"), n -> "--" + n))
        .hasMessage("--samples -5: must be at least 3");
    assertThatThrownBy(() -> lime.values(Map.of("lime-mode", "bogus"), n -> "-" + n))
        .hasMessage("-lime-mode bogus: unknown value; use one of quartile, continuous");
    assertThatThrownBy(() -> lime.values(Map.of("kernel-width", "0"), n -> "--" + n))
        .hasMessage("--kernel-width 0: must be more than 0");
    assertThatThrownBy(() -> lime.values(Map.of("budget", "10"), n -> "--" + n))
        .hasMessageStartingWith("--budget does not apply here; the settings are --samples");
    assertThatThrownBy(() -> lime.values(Map.of("seed", "x"), n -> "--" + n))
        .hasMessage("--seed x: not a whole number");
    MethodSpec conformal = catalogue.find(Family.UNCERTAINTY, "conformal");
    assertThatThrownBy(() -> conformal.values(Map.of("alpha", "1"), n -> "--" + n))
        .hasMessage("--alpha 1: must be more than 0 and less than 1");
  }

  @Test
  void aliasesLoadUnderTheCanonicalName() {
    MethodSpec kernel = catalogue.local("kernel-shap");
    ParameterValues values = kernel.values(Map.of("S", "5", "backgroundSize", "7"), n -> n);
    assertThat(values.longValue(Parameters.SEED)).isEqualTo(5);
    assertThat(values.integer(Parameters.BACKGROUND_SIZE)).isEqualTo(7);
    assertThat(values.given(Parameters.BUDGET)).isFalse();
  }

  @Test
  void autoPrefersTheExactMethodThatApplies() {
    assertThat(catalogue.auto(new ModelFacts(30, true, false)).name()).isEqualTo("tree-shap");
    assertThat(catalogue.auto(ModelFacts.blackBox(12)).name()).isEqualTo("exact-shapley");
    assertThat(catalogue.auto(ModelFacts.blackBox(13)).name()).isEqualTo("kernel-shap");
    assertThat(catalogue.resolve("auto", ModelFacts.blackBox(4)).name()).isEqualTo("exact-shapley");
    assertThatThrownBy(() -> catalogue.resolve("tree-shap", ModelFacts.blackBox(4)))
        .hasMessageContaining("needs a tree or tree ensemble");
    assertThatThrownBy(() -> catalogue.local("bogus"))
        .hasMessageStartingWith("unknown method 'bogus'; use auto or one of exact-shapley");
  }

  @Test
  void aBlackBoxFaceHidesTreeAndGradientMethods() {
    List<String> blackBox =
        catalogue.localFor(DataKind.TABULAR, null).stream().map(MethodSpec::name).toList();
    assertThat(blackBox).doesNotContain("tree-shap", "saliency", "integrated-gradients");
    List<String> trees =
        catalogue.localFor(DataKind.TABULAR, new ModelFacts(5, true, false)).stream()
            .map(MethodSpec::name)
            .toList();
    assertThat(trees).contains("tree-shap");
    assertThat(catalogue.local(DataKind.IMAGE)).extracting(MethodSpec::name).contains("grad-cam");
  }
}
