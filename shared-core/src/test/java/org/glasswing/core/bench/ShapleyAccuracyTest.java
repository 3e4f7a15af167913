package org.glasswing.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class ShapleyAccuracyTest {

  private static final Schema SCHEMA = Data.numericRegression(8);
  private static final Dataset ROWS = Friedman1Test.uniform(SCHEMA, 5, 4);
  private static final Background BACKGROUND =
      Background.uniform(Friedman1Test.uniform(SCHEMA, 20, 5));
  private static final EvaluationEngine ENGINE = EvaluationEngine.defaults();

  @Test
  void pairedEstimatorsAreExactOnAGameWithPairwiseInteractionsOnly() {
    Friedman1 model = Friedman1.regression(SCHEMA);
    double[][] exact = new double[ROWS.numRows()][];
    for (int r = 0; r < exact.length; r++) {
      exact[r] = model.closedFormShapley(ROWS.row(r), BACKGROUND);
    }
    List<ShapleyAccuracy.Cell> cells =
        ShapleyAccuracy.measure(model, ROWS, BACKGROUND, exact, new int[] {20, 60}, 2, ENGINE);
    assertThat(cells).hasSize(4);
    assertThat(cells)
        .extracting(ShapleyAccuracy.Cell::method)
        .containsExactly("kernel-shap", "kernel-shap", "sampling-shapley", "sampling-shapley");
    assertThat(cells).allSatisfy(cell -> assertThat(cell.meanAbsoluteError()).isLessThan(1e-9));
  }

  @Test
  void onAHigherOrderGameTheErrorIsPositiveAndShrinksWithTheBudget() {
    Friedman1 model = Friedman1.probability(SCHEMA, 14.12);
    double[][] exact = ShapleyAccuracy.exact(model, ROWS, BACKGROUND, ENGINE);
    assertThat(exact[0])
        .containsExactly(
            new ExactShapley(BACKGROUND)
                .explain(
                    model,
                    ROWS.select(new int[] {0}),
                    org.glasswing.core.explain.TargetSelection.predicted(),
                    ENGINE)
                .get(0)
                .attributions());
    List<ShapleyAccuracy.Cell> cells =
        ShapleyAccuracy.measure(model, ROWS, BACKGROUND, exact, new int[] {20, 200}, 4, ENGINE);
    for (int m = 0; m < 2; m++) {
      ShapleyAccuracy.Cell small = cells.get(2 * m);
      ShapleyAccuracy.Cell large = cells.get(2 * m + 1);
      assertThat(small.meanAbsoluteError()).as(small.method()).isGreaterThan(1e-6);
      assertThat(large.meanAbsoluteError())
          .as(large.method())
          .isLessThan(small.meanAbsoluteError() / 1.5);
    }
  }
}
