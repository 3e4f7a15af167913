package org.glasswing.core.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class LeaveOneCovariateOutTest {

  @Test
  void dropMatchesTheClosedFormWhenRefitsAreTheBestModelsWithoutTheFeature() {
    // y = 3·x0 + x1 exactly, inputs uniform on (-1, 1): without x0 the best model is x1, whose
    // RMSE is 3·sd(x0) = √3; without x1 it is √(1/3); x2 is never used.
    Schema schema = Data.numericRegression(3);
    Dataset first = Synthetic.withTarget(schema, 3000, 1, r -> 3 * r[0] + r[1]);
    Dataset second = Synthetic.withTarget(schema, 3000, 2, r -> 3 * r[0] + r[1]);
    Model full = FunctionModel.regression(schema, r -> 3 * r[0] + r[1]);
    LeaveOneCovariateOut.Refit refit =
        (fold, column) ->
            switch (column) {
              case 0 -> FunctionModel.regression(schema, r -> r[1]);
              case 1 -> FunctionModel.regression(schema, r -> 3 * r[0]);
              default -> full;
            };

    ImportanceResult result =
        new LeaveOneCovariateOut(Metric.RMSE, 5)
            .compute(
                List.of(new HeldOutFold(full, first), new HeldOutFold(full, second)),
                refit,
                Synthetic.engine(2));

    assertThat(result.method()).isEqualTo("loco");
    assertThat(result.sorted().stream().map(s -> s.feature().name()))
        .containsExactly("x0", "x1", "x2");
    ImportanceScore x0 = result.scores().get(0);
    assertThat(x0.importance()).isCloseTo(Math.sqrt(3), within(0.05));
    assertThat(x0.std()).isPositive().isLessThan(0.05);
    assertThat(x0.ciLow()).isLessThan(x0.importance());
    assertThat(x0.ciHigh()).isGreaterThan(x0.importance());
    assertThat(result.scores().get(1).importance()).isCloseTo(Math.sqrt(1.0 / 3), within(0.02));
    ImportanceScore x2 = result.scores().get(2);
    assertThat(List.of(x2.importance(), x2.std(), x2.ciLow(), x2.ciHigh())).containsOnly(0.0);
  }
}
