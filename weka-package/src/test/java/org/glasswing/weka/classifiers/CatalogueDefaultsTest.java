package org.glasswing.weka.classifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.uncertainty.Calibrators;
import org.glasswing.weka.attributeSelection.PermutationAttributeEval;
import org.glasswing.weka.filters.AddUncertainty;
import org.junit.jupiter.api.Test;
import weka.core.Option;
import weka.core.OptionHandler;

/** The uncertainty schemes take their defaults, names and tip texts from the catalogue. */
class CatalogueDefaultsTest {

  private static final MethodCatalogue CATALOGUE = MethodCatalogue.standard();

  private static double real(String method, String parameter) {
    return Double.parseDouble(defaultOf(Family.UNCERTAINTY, method, parameter));
  }

  private static String defaultOf(Family family, String method, String parameter) {
    MethodSpec spec = CATALOGUE.find(family, method);
    return spec.parameter(parameter).orElseThrow().defaultValue();
  }

  @Test
  void conformalClassifierStartsAtTheConformalSpecsDefaults() {
    ConformalClassifier c = new ConformalClassifier();
    assertThat(c.getAlpha()).isEqualTo(real("conformal", "alpha"));
    assertThat(c.getCalibrationFraction()).isEqualTo(real("conformal", "calibration-fraction"));
    assertThat(c.getScore().name())
        .isEqualToIgnoringCase(defaultOf(Family.UNCERTAINTY, "conformal", "score"));
    assertThat(c.getMondrian()).isFalse();
    assertThat(c.alphaTipText()).endsWith("Default 0.1.");
  }

  @Test
  void calibratedClassifierStartsAtTheRecalibrationSpecsDefaults() {
    CalibratedClassifier c = new CalibratedClassifier();
    assertThat(c.getCalibrator().toString())
        .isEqualTo(defaultOf(Family.UNCERTAINTY, "recalibration", "calibrator"));
    assertThat(c.getFolds())
        .isEqualTo(Integer.parseInt(defaultOf(Family.UNCERTAINTY, "recalibration", "folds")));
    assertThat(c.getCalibrationFraction()).isEqualTo(real("recalibration", "calibration-fraction"));
  }

  @Test
  void theCalibratorConstantsAreTheCoresCalibrators() {
    assertThat(Arrays.stream(CalibrationMethod.values()).map(CalibrationMethod::toString))
        .containsExactlyElementsOf(Calibrators.names());
    for (CalibrationMethod m : CalibrationMethod.values()) {
      assertThat(m.calibrator().name()).isEqualTo(m.toString());
    }
  }

  @Test
  void addUncertaintyStartsAtTheConformalAndOodSpecsDefaults() {
    AddUncertainty f = new AddUncertainty();
    assertThat(f.getAlpha()).isEqualTo(real("conformal", "alpha"));
    assertThat(f.getCalibrationFraction()).isEqualTo(real("conformal", "calibration-fraction"));
    assertThat(f.getNeighbours())
        .isEqualTo(Integer.parseInt(defaultOf(Family.UNCERTAINTY, "ood", "neighbours")));
  }

  @Test
  void permutationAttributeEvalStartsAtThePermutationSpecsDefaults() {
    PermutationAttributeEval e = new PermutationAttributeEval();
    assertThat(e.getFolds())
        .isEqualTo(Integer.parseInt(defaultOf(Family.GLOBAL, "permutation", "folds")));
    assertThat(e.getRepeats())
        .isEqualTo(Integer.parseInt(defaultOf(Family.GLOBAL, "permutation", "repeats")));
  }

  @Test
  void everySchemeListsItsCatalogueOptionsUnderTheCatalogueNamesWithDefaults() {
    assertListed(
        new ConformalClassifier(), "alpha", "score", "mondrian", "calibration-fraction", "S");
    assertListed(new CalibratedClassifier(), "calibrator", "folds", "calibration-fraction", "S");
    assertListed(
        new AddUncertainty(), "alpha", "mondrian", "calibration-fraction", "neighbours", "S");
    assertListed(new PermutationAttributeEval(), "folds", "repeats", "S", "num-slots");
  }

  private static void assertListed(OptionHandler scheme, String... names) {
    List<Option> options = Collections.list(scheme.listOptions());
    for (String name : names) {
      Option option =
          options.stream()
              .filter(o -> o.name().equals(name))
              .findFirst()
              .orElseThrow(() -> new AssertionError(scheme.getClass() + " lists no -" + name));
      assertThat(option.description()).as(name).contains("Default ");
    }
  }

  @Test
  void oldOptionNamesStillLoad() throws Exception {
    CalibratedClassifier c = new CalibratedClassifier();
    c.setOptions(new String[] {"-method", "isotonic"});
    assertThat(c.getCalibrator()).isEqualTo(CalibrationMethod.ISOTONIC);
    AddUncertainty f = new AddUncertainty();
    f.setOptions(new String[] {"-ood", "-K", "9"});
    assertThat(f.getNeighbours()).isEqualTo(9);
    PermutationAttributeEval e = new PermutationAttributeEval();
    e.setOptions(new String[] {"-num-threads", "2"});
    assertThat(e.getNumThreads()).isEqualTo(2);
  }
}
