package org.glasswing.core.lime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

/** LIME's row jobs driven by a host give exactly what {@link Lime#explain} gives. */
class HostDrivenLimeTest {

  private static final Schema SCHEMA = Data.numericClassification(4, "a", "b", "c");
  private static final FunctionModel SOFTMAX =
      FunctionModel.softmax(
          SCHEMA,
          x -> new double[] {2 * x[0] - x[1], x[2] * x[3] + x[1], Math.sin(3 * x[0]) - x[3]});

  @Test
  void hostDrivenEqualsDirectForEveryModeAndChunk() {
    Dataset training = Data.random(SCHEMA, 200, 3);
    Dataset rows = Data.random(SCHEMA, 5, 4);
    for (LimeMode mode : LimeMode.values()) {
      Lime lime = new Lime(training, mode, 300, Double.NaN, 3, 11);
      List<Explanation> direct =
          lime.explain(
              SOFTMAX, rows, TargetSelection.all(), EvaluationEngine.defaults().withThreads(2));
      for (int chunk : new int[] {1, 2, 10}) {
        LimeResult[] hosted = hostRun(lime, SOFTMAX, rows, chunk, 64);
        assertThat(direct).hasSize(5 * 3);
        for (Explanation e : direct) {
          LimeResult r = hosted[e.row()];
          assertThat(r.attributions(e.targetIndex()))
              .as("%s chunk %d row %d", mode, chunk, e.row())
              .containsExactly(e.attributions());
          assertThat(r.baseValue(e.targetIndex())).isEqualTo(e.baseValue());
          assertThat(r.prediction(e.targetIndex())).isEqualTo(e.prediction());
          assertThat(r.fidelity(e.targetIndex())).isEqualTo(e.extras().get(Lime.FIDELITY));
          assertThat(r.localPrediction(e.targetIndex()))
              .isEqualTo(e.extras().get(Lime.LOCAL_PREDICTION));
          assertThat(r.outputs()).isEqualTo(3);
        }
      }
    }
  }

  @Test
  void theSchemaNeedsNoTargetAndALinearHostIsRecovered() {
    Schema inputs = new Schema(List.of(Feature.numeric("a"), Feature.numeric("b")), -1);
    Dataset training = Data.random(inputs, 100, 5);
    Dataset rows = new Dataset(inputs, new double[][] {{0.5, -0.25}});
    Lime lime = new Lime(training, LimeMode.CONTINUOUS, 50, Double.NaN, 2, 1);
    HostDrivenRun<LimeResult> run =
        new HostDrivenRun<>(1, lime.seed(), 1000, 1, lime.rowJobs(inputs, rows));
    HostDrivenRun.Round round = run.nextRound();
    double[][] answers = new double[round.size()][];
    for (int i = 0; i < answers.length; i++) {
      double[] x = round.rows()[i];
      answers[i] = new double[] {1 + 2 * x[0] - 3 * x[1]};
    }
    run.answer(answers);
    assertThat(run.isFinished()).isTrue();
    LimeResult result = run.takeFinished().get(0).result();
    assertThat(result.fidelity(0)).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(result.localPrediction(0))
        .isCloseTo(1 + 2 * 0.5 - 3 * -0.25, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void rowsOrTrainingOfAnotherSchemaAreRefused() {
    Schema three = Data.numericRegression(3);
    Lime lime = new Lime(Data.random(SCHEMA, 10, 1), LimeMode.QUARTILE, 20, Double.NaN, 2, 1);
    assertThatThrownBy(() -> lime.rowJobs(three, Data.random(three, 2, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not match the model");
    assertThatThrownBy(() -> lime.rowJobs(SCHEMA, Data.random(SCHEMA, 0, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no rows");
  }

  private static LimeResult[] hostRun(
      Lime lime, Model model, Dataset rows, int chunk, int batchRows) {
    HostDrivenRun<LimeResult> run =
        new HostDrivenRun<>(
            rows.numRows(), lime.seed(), batchRows, chunk, lime.rowJobs(model.schema(), rows));
    LimeResult[] results = new LimeResult[rows.numRows()];
    while (!run.isFinished()) {
      HostDrivenRun.Round round = run.nextRound();
      run.answer(model.predict(round.rows()));
      run.takeFinished().forEach(f -> results[f.task()] = f.result());
    }
    return results;
  }
}
