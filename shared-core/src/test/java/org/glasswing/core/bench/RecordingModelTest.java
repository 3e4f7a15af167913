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
      RecordingModel model = RecordingModel.keepingRows(Friedman1.regression(schema));
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
      RecordingModel replayed = RecordingModel.keepingRows(Friedman1.regression(schema));
      double seconds = BatchReplay.seconds(replayed, model.batches());
      assertThat(seconds).isPositive();
      assertThat(replayed.batchSizes()).containsExactly(model.batchSizes());
      // The replay asks about exactly the rows the method asked about, not stand-ins.
      assertThat(replayed.batches()).hasSameSizeAs(model.batches());
      for (int b = 0; b < model.batches().size(); b++) {
        // Arrays.deepEquals counts the missing target (NaN) as equal to itself.
        assertThat(java.util.Arrays.deepEquals(replayed.batches().get(b), model.batches().get(b)))
            .as("batch %d", b)
            .isTrue();
      }
      model.clear();
      assertThat(model.evaluations()).isZero();
    }
  }

  @Test
  void keptRowsAreCopiesNotTheCallersReusedArrays() {
    Schema schema = Data.numericRegression(5);
    RecordingModel model = RecordingModel.keepingRows(Friedman1.regression(schema));
    double[][] batch = {{0.1, 0.2, 0.3, 0.4, 0.5, Double.NaN}};
    model.predict(batch);
    batch[0][0] = 0.9;
    model.predict(batch);

    assertThat(model.batches()).hasSize(2);
    assertThat(model.batches().get(0)[0][0]).isEqualTo(0.1);
    assertThat(model.batches().get(1)[0][0]).isEqualTo(0.9);
    assertThat(new RecordingModel(Friedman1.regression(schema)).batchSizes()).isEmpty();
  }
}
