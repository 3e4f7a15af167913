package org.glasswing.core.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class ProfilesTest {

  private static final Schema SCHEMA = Data.numericRegression(3);
  private static final Dataset DATA = Data.random(SCHEMA, 300, 5);

  @Test
  void pdpOfALinearModelIsAStraightLineWithTheModelsSlope() {
    Model model = FunctionModel.regression(SCHEMA, r -> 2.5 * r[0] - 4 * r[1] + 1);

    Profile profile = new PartialDependence(20).profile(model, DATA, 0, 0, Synthetic.engine(2));

    double[] grid = profile.grid();
    double[] pdp = profile.pdp();
    assertThat(grid).hasSize(20);
    assertThat(grid[0]).isEqualTo(min(DATA.column(0)));
    assertThat(grid[19]).isEqualTo(max(DATA.column(0)));
    double meanX1 = Statistics.mean(DATA.column(1));
    for (int g = 0; g < grid.length; g++) {
      assertThat(pdp[g]).isCloseTo(2.5 * grid[g] - 4 * meanX1 + 1, within(1e-9));
    }
    assertThat(profile.ice()).hasNumberOfRows(300);
    assertThat(profile.observed()).containsExactly(DATA.column(0));
  }

  @Test
  void iceCurvesOfAnAdditiveModelAreParallel() {
    Model model = FunctionModel.regression(SCHEMA, r -> Math.sin(3 * r[0]) + r[1] * r[1] + r[2]);

    Profile profile = new PartialDependence(10).profile(model, DATA, 0, 0, Synthetic.engine(1));

    double[][] ice = profile.ice();
    for (double[] curve : ice) {
      for (int g = 1; g < curve.length; g++) {
        assertThat(curve[g] - curve[0]).isCloseTo(ice[0][g] - ice[0][0], within(1e-12));
      }
    }
    // and a product term makes them fan out
    Model product = FunctionModel.regression(SCHEMA, r -> r[0] * r[1]);
    double[][] fan =
        new PartialDependence(10).profile(product, DATA, 0, 0, Synthetic.engine(1)).ice();
    assertThat(Math.abs((fan[0][9] - fan[0][0]) - (fan[1][9] - fan[1][0]))).isGreaterThan(0.01);
  }

  @Test
  void aleEqualsTheSlopeForUncorrelatedFeaturesAndAveragesToZero() {
    Model model = FunctionModel.regression(SCHEMA, r -> -1.5 * r[0] + r[1] * r[1]);

    AleCurve curve = new AccumulatedLocalEffects(10).curve(model, DATA, 0, 0, Synthetic.engine(2));

    double[] edges = curve.edges();
    double[] ale = curve.ale();
    assertThat(edges).hasSize(11);
    for (int k = 1; k < edges.length; k++) {
      assertThat(ale[k] - ale[k - 1]).isCloseTo(-1.5 * (edges[k] - edges[k - 1]), within(1e-9));
    }
    assertThat(java.util.Arrays.stream(curve.counts()).sum()).isEqualTo(300);
    double centre = 0;
    int[] counts = curve.counts();
    for (int k = 0; k < counts.length; k++) {
      centre += counts[k] * (ale[k] + ale[k + 1]) / 2;
    }
    assertThat(centre).isCloseTo(0, within(1e-9));
  }

  @Test
  void aleStaysOnTheDataWhenFeaturesAreCorrelatedButPdpDoesNot() {
    // x1 = x0 exactly; the model is x0·x1 = x0² on the data. ALE follows x0² (slope 2·x0), while
    // the PDP averages x0·x1 over all x1 and comes out flat.
    double[][] rows = new double[400][];
    for (int i = 0; i < rows.length; i++) {
      double x = -1 + 2.0 * i / (rows.length - 1);
      rows[i] = new double[] {x, x, 0, Double.NaN};
    }
    Dataset correlated = new Dataset(SCHEMA, rows);
    Model model = FunctionModel.regression(SCHEMA, r -> r[0] * r[1]);

    AleCurve ale =
        new AccumulatedLocalEffects(8).curve(model, correlated, 0, 0, Synthetic.engine(1));
    Profile pdp = new PartialDependence(9).profile(model, correlated, 0, 0, Synthetic.engine(1));

    double[] e = ale.edges();
    double[] a = ale.ale();
    assertThat(a[e.length - 1] - a[e.length / 2]).isGreaterThan(0.5);
    assertThat(a[0] - a[e.length / 2]).isGreaterThan(0.5);
    assertThat(pdp.pdpRange()).isLessThan(1e-9);
  }

  @Test
  void nominalFeaturesAreProfiledAtEveryCategory() {
    Schema schema =
        new Schema(
            List.of(
                Feature.nominal("colour", List.of("red", "green", "blue")),
                Feature.numeric("x"),
                Feature.numeric("y")),
            2);
    Dataset data = Data.random(schema, 50, 3);
    Model model = FunctionModel.regression(schema, r -> r[0] * 10 + r[1]);

    Profile profile = new PartialDependence(20).profile(model, data, 0, 0, Synthetic.engine(1));

    assertThat(profile.grid()).containsExactly(0, 1, 2);
    double meanX = Statistics.mean(data.column(1));
    assertThat(profile.pdp())
        .containsExactly(new double[] {meanX, 10 + meanX, 20 + meanX}, within(1e-9));
    assertThatThrownBy(
            () -> new AccumulatedLocalEffects(5).curve(model, data, 0, 0, Synthetic.engine(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'colour' is nominal");
  }

  @Test
  void twoWayPdpOfAnAdditiveModelIsTheSumOfItsParts() {
    Model model = FunctionModel.regression(SCHEMA, r -> 2 * r[0] + r[1] * r[1] + r[2]);

    PairProfile pair = new PartialDependence(5).pair(model, DATA, 0, 1, 0, Synthetic.engine(2));

    double[] a = pair.firstGrid();
    double[] b = pair.secondGrid();
    double meanX2 = Statistics.mean(DATA.column(2));
    double[][] pdp = pair.pdp();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        assertThat(pdp[i][j]).isCloseTo(2 * a[i] + b[j] * b[j] + meanX2, within(1e-9));
      }
    }
    assertThatThrownBy(
            () -> new PartialDependence(5).pair(model, DATA, 1, 1, 0, Synthetic.engine(1)))
        .hasMessageContaining("two different features");
  }

  @Test
  void gridsRefuseFeaturesThatCannotVary() {
    double[][] rows = {{1, 0.5, 0, Double.NaN}, {1, -0.5, 0, Double.NaN}, {Double.NaN, 0, 0, 1}};
    Dataset constant = new Dataset(SCHEMA, rows);
    assertThatThrownBy(() -> Grids.grid(constant, 0, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("feature 'x0'")
        .hasMessageContaining("all its known values are 1");
    Schema oneCategory =
        new Schema(List.of(Feature.nominal("only", List.of("one")), Feature.numeric("y")), 1);
    assertThatThrownBy(() -> Grids.grid(new Dataset(oneCategory, new double[][] {{0, 1}}), 0, 20))
        .hasMessageContaining("'only' has only one category");
    assertThatThrownBy(() -> Grids.grid(constant, 3, 20)).hasMessageContaining("is the target");
    assertThatThrownBy(() -> new PartialDependence(1)).hasMessageContaining("at least 2 points");
  }

  private static double min(double[] values) {
    return java.util.Arrays.stream(values).min().orElseThrow();
  }

  private static double max(double[] values) {
    return java.util.Arrays.stream(values).max().orElseThrow();
  }
}
