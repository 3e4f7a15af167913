package org.glasswing.weka.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.Parameters;
import org.glasswing.weka.InvalidOptionException;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;
import weka.core.Option;
import weka.core.Utils;

class CatalogueSchemeOptionsTest {

  private static CatalogueSchemeOptions read(String options) throws Exception {
    CatalogueSchemeOptions o = new CatalogueSchemeOptions();
    String[] array = Utils.splitOptions(options);
    o.setOptions(array);
    for (String left : array) {
      assertThat(left).as("every option is read and blanked").isEmpty();
    }
    return o;
  }

  @Test
  void theDefaultsAreTheCatalogues() {
    CatalogueSchemeOptions o = new CatalogueSchemeOptions();
    assertThat(o.getMethod()).isEqualTo("auto");
    assertThat(o.getBudget()).isZero();
    assertThat(o.getBackgroundSize())
        .isEqualTo(Integer.parseInt(Parameters.BACKGROUND_SIZE.defaultValue()))
        .isEqualTo(100);
    assertThat(o.getSeed()).isEqualTo(Long.parseLong(Parameters.SEED.defaultValue()));
    assertThat(o.getThreads()).isZero();
    assertThat(o.getMethodSettings()).isEmpty();
    assertThat(o.methodNames())
        .containsExactly(
            "auto",
            "exact-shapley",
            "sampling-shapley",
            "kernel-shap",
            "tree-shap",
            "lime",
            "occlusion",
            "input-magnitude");
  }

  @Test
  void everyCatalogueParameterIsAnOptionWithItsDefaultInTheText() {
    List<String> names = new ArrayList<>();
    List<Option> options = new CatalogueSchemeOptions().listOptions();
    options.forEach(o -> names.add(o.name()));
    assertThat(names)
        .containsExactly(
            "method",
            "budget",
            "background-size",
            "S",
            "num-slots",
            "background-summary",
            "tolerance",
            "tree-mode",
            "samples",
            "lime-mode",
            "kernel-width",
            "max-features",
            "groups");
    for (MethodSpec spec : WekaMethodNames.tabularMethods()) {
      for (Parameter p : spec.parameters()) {
        Option option =
            options.stream()
                .filter(o -> o.name().equals(WekaMethodNames.optionName(p.name())))
                .findFirst()
                .orElseThrow();
        assertThat(option.description())
            .contains(spec.name())
            .contains("default " + p.defaultLabel());
      }
    }
    assertThat(options.get(1).description()).contains("2n+2048").contains("(default 2048)");
  }

  @Test
  void oldAndCatalogueNamesStillLoad() throws Exception {
    CatalogueSchemeOptions o =
        read("-num-threads 3 -backgroundSize 7 -seed 5 -samples 40 -method lime");
    assertThat(o.getThreads()).isEqualTo(3);
    assertThat(o.getBackgroundSize()).isEqualTo(7);
    assertThat(o.getSeed()).isEqualTo(5);
    assertThat(o.settings()).containsEntry("samples", "40");
    assertThat(read("-threads 2 -background 9 -S 4").getBackgroundSize()).isEqualTo(9);
    assertThat(read("-num-slots 2").getThreads()).isEqualTo(2);
  }

  @Test
  void getOptionsRoundTrips() throws Exception {
    CatalogueSchemeOptions o =
        read("-method lime -samples 3000 -lime-mode continuous -S 9 -num-slots 2 -budget 0");
    assertThat(o.getMethodSettings()).isEqualTo("-samples 3000 -lime-mode continuous");
    CatalogueSchemeOptions copy = read(Utils.joinOptions(o.getOptions().toArray(new String[0])));
    assertThat(copy.getOptions()).isEqualTo(o.getOptions());
    assertThat(copy.getOptions())
        .containsSubsequence("-method", "lime", "-S", "9", "-num-slots", "2", "-samples", "3000");
    CatalogueSchemeOptions groups = read("-method occlusion -groups \"a,b;c d\"");
    assertThat(read(Utils.joinOptions(groups.getOptions().toArray(new String[0]))).settings())
        .containsEntry("groups", "a,b;c d");
  }

  @Test
  void anAbsentOptionTakesItsDefault() throws Exception {
    CatalogueSchemeOptions o = read("-method lime -samples 40 -S 3");
    o.setOptions(Utils.splitOptions("-method kernel-shap"));
    assertThat(o.getSeed()).isEqualTo(1);
    assertThat(o.getMethodSettings()).isEmpty();
  }

  @Test
  void badValuesAndUnknownSettingsAreRefusedInOneLine() {
    assertThatThrownBy(() -> read("-lime-mode bogus"))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("-lime-mode bogus: unknown value; use one of quartile, continuous");
    assertThatThrownBy(() -> read("-samples 2"))
        .hasMessage("-samples 2: must be at least 3; use -samples <n>");
    assertThatThrownBy(() -> read("-method bogus"))
        .hasMessageContaining("-method bogus: unknown method; use one of auto, exact-shapley");
    assertThatThrownBy(() -> read("-budget -1"))
        .hasMessageStartingWith("-budget -1: must be at least 1, or 0 for the catalogue's default");
    assertThatThrownBy(() -> read("-background-size x"))
        .hasMessage("-background-size x: not a whole number; use -background-size <n>");
    assertThatThrownBy(() -> new CatalogueSchemeOptions().setMethodSettings("-nope 3"))
        .hasMessageStartingWith("-nope is not a setting of any method; the settings are");
    assertThatThrownBy(() -> new CatalogueSchemeOptions().setMethodSettings("-budget 3"))
        .hasMessageContaining("an option of its own");
    assertThatThrownBy(() -> new CatalogueSchemeOptions().setMethodSettings("-samples"))
        .hasMessageContaining("give each setting as -name value");
    assertThatThrownBy(() -> read("-S 1 -seed 2")).hasMessageContaining("given twice");
  }

  @Test
  void settingsThatDoNotApplyToTheChosenMethodAreRefused() throws Exception {
    Instances iris = TestData.iris();
    Logistic logistic = new Logistic();
    logistic.buildClassifier(iris);
    WekaModel model = new WekaModel(logistic, iris);
    CatalogueSchemeOptions exact = read("-method exact-shapley -budget 16");
    assertThatThrownBy(() -> exact.choose(model, WekaData.dataset(iris)))
        .hasMessageStartingWith("-budget does not apply to -method exact-shapley")
        .hasMessageEndingWith("set -budget 0");
    CatalogueSchemeOptions tree = read("-method tree-shap");
    assertThatThrownBy(() -> tree.choose(model, WekaData.dataset(iris)))
        .hasMessageContaining("tree-shap explains Weka's J48")
        .hasMessageContaining("weka.classifiers.functions.Logistic");
    CatalogueSchemeOptions small = read("-method kernel-shap -budget 3");
    assertThatThrownBy(() -> small.choose(model, WekaData.dataset(iris)))
        .hasMessageContaining("too small for kernel-shap");
  }

  @Test
  void autoFollowsTheCatalogueRuleWithItsDefaults() throws Exception {
    Instances credit = TestData.creditG();
    Logistic logistic = new Logistic();
    logistic.buildClassifier(credit);
    WekaModel model = new WekaModel(logistic, credit);
    CatalogueSchemeOptions auto = new CatalogueSchemeOptions();
    assertThat(auto.resolve(model).name()).isEqualTo("kernel-shap");
    ExplainerChoice choice = auto.choose(model, WekaData.dataset(credit));
    assertThat(choice.description())
        .isEqualTo(
            "kernel-shap (chosen by auto, "
                + (2 * 20 + 2048)
                + " coalitions per row, 100"
                + " background rows)");
  }
}
