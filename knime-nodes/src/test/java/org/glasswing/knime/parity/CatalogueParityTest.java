package org.glasswing.knime.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.methods.Backgrounds;
import org.glasswing.core.methods.DataKind;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodInputs;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.shapley.Background;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;

/**
 * Every tabular method a black-box face can offer, run through its KNIME loop with a fixed model as
 * the loop body, gives the numbers of the core's direct call through the catalogue on the same
 * data, background source and settings: the same {@link MethodSpec#values}, the same {@link
 * Backgrounds#draw} and the same {@link MethodSpec#create} that {@code glasswing explain} uses.
 *
 * <p>The data declare their nominal labels in the order the KNIME tables show them first: the loop
 * numbers a string column's labels in that order, and LIME's samples of a nominal feature depend on
 * the numbering (the Shapley methods do not).
 */
class CatalogueParityTest {

  private static final double TOLERANCE = 1e-12;
  private static final Map<String, Double> MAX_DIFF = new LinkedHashMap<>();
  private static WekaModel model;
  private static Instances explained;
  private static Instances background;

  @BeforeAll
  static void train() throws Exception {
    List<String> declared = List.of(ParityData.COLORS);
    List<String> labels =
        ParityData.firstSeen(
            ParityData.instances(3, 8, declared), ParityData.instances(150, 9, declared));
    Instances train = ParityData.instances(120, 7, labels);
    Logistic logistic = new Logistic();
    logistic.buildClassifier(train);
    model = new WekaModel(logistic, new Instances(train, 0));
    explained = ParityData.instances(3, 8, labels);
    background = ParityData.instances(150, 9, labels);
  }

  @AfterAll
  static void report() {
    MAX_DIFF.forEach((k, v) -> System.out.printf("parity %-40s max |diff| = %.3g%n", k, v));
  }

  /** The Shapley loop offers exactly the black-box tabular Shapley methods; tree-shap is hidden. */
  @Test
  void theShapleyLoopOffersTheBlackBoxShapleyMethods() {
    List<String> blackBox = new ArrayList<>();
    for (MethodSpec spec : MethodCatalogue.standard().localFor(DataKind.TABULAR, null)) {
      blackBox.add(spec.name());
    }
    assertThat(blackBox).contains("exact-shapley", "sampling-shapley", "kernel-shap");
    assertThat(blackBox).doesNotContain("tree-shap");
  }

  @Test
  void everyShapleyMethodAtTheCatalogueDefaultsMatchesTheDirectCall() throws Exception {
    for (String method : List.of("exact-shapley", "sampling-shapley", "kernel-shap")) {
      compareShapley(method, Map.of());
    }
  }

  @Test
  void everyShapleyMethodWithOtherSettingsMatchesTheDirectCall() throws Exception {
    Map<String, String> common =
        Map.of("seed", "7", "background-size", "20", "background-summary", "kmedoids");
    compareShapley("exact-shapley", common);
    Map<String, String> estimating = new LinkedHashMap<>(common);
    estimating.put("budget", "64");
    compareShapley("sampling-shapley", estimating);
    compareShapley("kernel-shap", estimating);
    compareShapley("kernel-shap", Map.of("background-size", "0", "seed", "3"));
  }

  @Test
  void limeAtTheDefaultsAndWithOtherSettingsMatchesTheDirectCall() throws Exception {
    compareLime(Map.of());
    compareLime(
        Map.of(
            "seed", "7",
            "samples", "300",
            "lime-mode", "continuous",
            "max-features", "2",
            "kernel-width", "1.25"));
  }

  private static void compareShapley(String method, Map<String, String> given) throws Exception {
    BufferedDataTable out = ParityLoops.shapley(method, given, model, explained, background);
    MethodSpec spec = MethodCatalogue.standard().local(method);
    compare(method + " " + given, out, direct(spec, given, true), false);
  }

  private static void compareLime(Map<String, String> given) throws Exception {
    BufferedDataTable out = ParityLoops.lime(given, model, explained, background);
    MethodSpec spec = MethodCatalogue.standard().local(Lime.METHOD);
    compare("lime " + given, out, direct(spec, given, false), true);
  }

  /** The direct call, as the command line makes it: values, background, explainer. */
  private static List<Explanation> direct(
      MethodSpec spec, Map<String, String> given, boolean usesBackground) {
    ParameterValues values = spec.values(given, CatalogueSettings.SPELL);
    Dataset source = WekaData.dataset(background);
    Background drawn =
        usesBackground
            ? Backgrounds.draw(source, values, "the background", CatalogueSettings.SPELL)
            : null;
    return spec.create(new MethodInputs(values, source, drawn))
        .explain(
            model,
            WekaData.dataset(explained),
            TargetSelection.all(),
            new EvaluationEngine(
                2,
                EvaluationEngine.DEFAULT_BATCH_ROWS,
                ProgressListener.NONE,
                CancellationToken.NONE));
  }

  private static void compare(
      String what, BufferedDataTable out, List<Explanation> direct, boolean lime) {
    assertThat(out.size()).isEqualTo(explained.numInstances());
    List<DataRow> rows = new ArrayList<>();
    out.forEach(rows::add);
    DataTableSpec spec = out.getDataTableSpec();
    assertThat(direct).hasSize(2 * explained.numInstances());
    double max = 0;
    for (Explanation e : direct) {
      DataRow row = rows.get(e.row());
      assertThat(row.getKey().getString()).isEqualTo("e" + e.row());
      String output = " [P (class=" + e.target() + ")]";
      for (int f = 0; f < ParityData.FEATURES.length; f++) {
        max = Math.max(max, diff(row, spec, ParityData.FEATURES[f] + output, e.attribution(f)));
      }
      max = Math.max(max, diff(row, spec, "base value" + output, e.baseValue()));
      max = Math.max(max, diff(row, spec, "prediction" + output, e.prediction()));
      if (lime) {
        max = Math.max(max, diff(row, spec, "fidelity" + output, e.extras().get(Lime.FIDELITY)));
      }
    }
    MAX_DIFF.put(what, max);
    assertThat(max).as(what).isLessThanOrEqualTo(TOLERANCE);
  }

  private static double diff(DataRow row, DataTableSpec spec, String column, double expected) {
    int index = spec.findColumnIndex(column);
    assertThat(index).as(column).isNotNegative();
    return Math.abs(((DoubleValue) row.getCell(index)).getDoubleValue() - expected);
  }
}
