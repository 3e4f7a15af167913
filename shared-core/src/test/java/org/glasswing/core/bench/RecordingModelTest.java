package org.glasswing.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class RecordingModelTest {

  @Test
  void itCountsEveryEvaluationOnEveryThreadAndTheReplayTimesTheSameBatches() {
    Schema schema = Data.numericRegression(6);
    Dataset rows = Friedman1Test.uniform(schema, 7, 1);
    Background background = Background.uniform(Friedman1Test.uniform(schema, 9, 2));
    for (int threads : new int[] {1, 3}) {
      RecordingModel model = new RecordingModel(Friedman1.regression(schema));
      new ExactShapley(background)
          .explain(
              model,
              rows,
              TargetSelection.predicted(),
              EvaluationEngine.defaults().withThreads(threads));
      // 2^6 coalitions x 9 background rows per explained row, plus nothing else.
      assertThat(model.evaluations()).isEqualTo(7L * 64 * 9);
      assertThat(model.batchSizes()).isNotEmpty();
      assertThat(java.util.Arrays.stream(model.batchSizes()).asLongStream().sum())
          .isEqualTo(model.evaluations());
      RecordingModel replayed = new RecordingModel(Friedman1.regression(schema));
      double seconds = BatchReplay.seconds(replayed, model.batchSizes(), rows);
      assertThat(seconds).isPositive();
      assertThat(replayed.batchSizes()).containsExactly(model.batchSizes());
      model.clear();
      assertThat(model.evaluations()).isZero();
    }
  }
}
