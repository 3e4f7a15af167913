package org.glasswing.core.shapley;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

/**
 * A host that evaluates the model itself (as a KNIME loop does) gets exactly the values of the
 * direct call, round by round, chunk by chunk.
 */
class HostDrivenShapleyTest {

  private static final int BATCH_ROWS = 64;

  @Test
  void everyMethodGivesTheDirectCallsValuesWhenTheHostAnswers() {
    RandomModels game = new RandomModels(5, 77, 9, 3);
    Background background = Background.uniform(game.background);
    List<ShapleyExplainer> methods =
        List.of(
            new ExactShapley(background),
            new KernelShap(background, 20, 11),
            new KernelShap(background, 30, 0.01, 12),
            new SamplingShapley(background, 40, 13),
            new SamplingShapley(background, 200, 0.05, 14));
    EvaluationEngine engine =
        new EvaluationEngine(
            2,
            BATCH_ROWS,
            org.glasswing.core.engine.ProgressListener.NONE,
            org.glasswing.core.engine.CancellationToken.NONE);
    for (ShapleyExplainer method : methods) {
      List<Explanation> direct =
          method.explain(game.model, game.rows, TargetSelection.all(), engine);
      for (int chunk : new int[] {1, 4, 100}) {
        List<ShapleyValues> hosted = hostRun(method, game.model, game.rows, chunk);
        int outputs = game.model.outputNames().size();
        for (Explanation e : direct) {
          ShapleyValues v = hosted.get(e.row());
          assertThat(v.attributions()[e.targetIndex()])
              .as("%s chunk %d row %d", method.method(), chunk, e.row())
              .containsExactly(e.attributions());
          assertThat(v.baseValue()[e.targetIndex()]).isEqualTo(e.baseValue());
          assertThat(v.prediction()[e.targetIndex()]).isEqualTo(e.prediction());
          assertThat(v.baseValue()).hasSize(outputs);
        }
      }
    }
  }

  @Test
  void aRoundHoldsAtMostOneBatchOfEachOpenTask() {
    RandomModels game = new RandomModels(6, 5, 10, 5);
    Background background = Background.uniform(game.background);
    Function<TaskContext, RowJob<ShapleyValues>> jobs =
        new ExactShapley(background).rowJobs(game.model.schema(), game.rows);
    HostDrivenRun<ShapleyValues> run =
        new HostDrivenRun<>(game.rows.numRows(), 0, BATCH_ROWS, 3, jobs);
    int rounds = 0;
    List<Integer> finishedOrder = new ArrayList<>();
    while (!run.isFinished()) {
      HostDrivenRun.Round round = run.nextRound();
      assertThat(round.size()).isLessThanOrEqualTo(3 * BATCH_ROWS);
      int chunkOfFirst = round.tasks()[0] / 3;
      assertThat(java.util.Arrays.stream(round.tasks()).map(t -> t / 3)).containsOnly(chunkOfFirst);
      assertThat(run.isAwaitingAnswers()).isTrue();
      run.answer(game.model.predict(round.rows()));
      run.takeFinished().forEach(f -> finishedOrder.add(f.task()));
      assertThat(run.progress()).isBetween(0.0, 1.0);
      rounds++;
    }
    // 2^6 coalitions of 10 background rows each, 6 coalitions per 64-row batch: 11 rounds a chunk.
    assertThat(rounds).isEqualTo(2 * 11);
    assertThat(finishedOrder).containsExactly(0, 1, 2, 3, 4);
    assertThat(run.progress()).isEqualTo(1.0);
  }

  @Test
  void theSchemaNeedsNoTargetAndWrongAnswersAreRefused() {
    Schema inputs = new Schema(List.of(Feature.numeric("a"), Feature.numeric("b")), -1);
    Dataset rows = new Dataset(inputs, new double[][] {{1, 2}, {3, 4}});
    Dataset bg = new Dataset(inputs, new double[][] {{0, 0}});
    HostDrivenRun<ShapleyValues> run =
        new HostDrivenRun<>(
            2, 0, 100, 2, new ExactShapley(Background.uniform(bg)).rowJobs(inputs, rows));
    HostDrivenRun.Round round = run.nextRound();
    assertThatThrownBy(run::nextRound).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> run.answer(new double[round.size() - 1][]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answers");
    double[][] answers = new double[round.size()][];
    for (int i = 0; i < answers.length; i++) {
      double[] r = round.rows()[i];
      answers[i] = new double[] {2 * r[0] + r[1] * r[0]};
    }
    run.answer(answers);
    assertThat(run.isFinished()).isTrue();
    List<HostDrivenRun.Finished<ShapleyValues>> done = run.takeFinished();
    // f = 2a + ab with baseline (0, 0): phi_a = 2a + ab/2, phi_b = ab/2.
    assertThat(done.get(1).result().attributions()[0]).containsExactly(6 + 6, 6);
    assertThatThrownBy(run::nextRound).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rowsThatDoNotFollowTheSchemaAreRefused() {
    Schema two = Data.numericRegression(2);
    Schema three = Data.numericRegression(3);
    Background background = Background.uniform(Data.random(two, 3, 1));
    assertThatThrownBy(() -> new ExactShapley(background).rowJobs(three, Data.random(three, 2, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("background");
    assertThatThrownBy(() -> new HostDrivenRun<>(0, 0, 1, 1, t -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<ShapleyValues> hostRun(
      ShapleyExplainer method, Model model, Dataset rows, int chunk) {
    HostDrivenRun<ShapleyValues> run =
        new HostDrivenRun<>(
            rows.numRows(), method.seed(), BATCH_ROWS, chunk, method.rowJobs(model.schema(), rows));
    ShapleyValues[] values = new ShapleyValues[rows.numRows()];
    while (!run.isFinished()) {
      HostDrivenRun.Round round = run.nextRound();
      run.answer(model.predict(round.rows()));
      run.takeFinished().forEach(f -> values[f.task()] = f.result());
    }
    return List.of(values);
  }
}
