package org.glasswing.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class EvaluationEngineTest {

  private static final Schema SCHEMA = Data.numericRegression(1);

  /** A job that asks for the sum of {@code batches} batches of random numbers. */
  private static RowJob<Double> randomSum(TaskContext task, int batches, int rows) {
    return new RowJob<>() {
      int asked;
      double total;

      @Override
      public long plannedEvaluations() {
        return (long) batches * rows;
      }

      @Override
      public double[][] nextBatch() {
        if (asked == batches) {
          return null;
        }
        asked++;
        double[][] batch = new double[rows][];
        for (int r = 0; r < rows; r++) {
          batch[r] = new double[] {task.random().nextDouble(), Double.NaN};
        }
        return batch;
      }

      @Override
      public void accept(double[][] outputs) {
        for (double[] output : outputs) {
          total += output[0];
        }
      }

      @Override
      public Double result() {
        return total + 1000 * task.index();
      }
    };
  }

  @Test
  void resultsComeInTaskOrderAndDoNotDependOnThreadsOrBatchSize() {
    Model identity = FunctionModel.regression(SCHEMA, x -> x[0]);
    List<Double> one =
        new EvaluationEngine(1, 7, ProgressListener.NONE, CancellationToken.NONE)
            .run(identity, 50, 9, task -> randomSum(task, 3, 20));
    List<Double> three =
        new EvaluationEngine(3, 1000, ProgressListener.NONE, CancellationToken.NONE)
            .run(identity, 50, 9, task -> randomSum(task, 3, 20));
    assertThat(three).containsExactlyElementsOf(one);
    for (int i = 0; i < 50; i++) {
      assertThat(one.get(i)).isBetween(1000.0 * i, 1000.0 * i + 60);
    }
  }

  @Test
  void batchesLargerThanTheLimitAreSplitAndReassembledInOrder() {
    List<Integer> callSizes = Collections.synchronizedList(new ArrayList<>());
    FunctionModel identity = FunctionModel.regression(SCHEMA, x -> x[0]);
    Model spy =
        new FunctionModel(SCHEMA, identity.outputNames(), x -> new double[] {x[0]}) {
          @Override
          public double[][] predict(double[][] rows) {
            callSizes.add(rows.length);
            return super.predict(rows);
          }
        };
    List<double[]> seen = new ArrayList<>();
    new EvaluationEngine(1, 4, ProgressListener.NONE, CancellationToken.NONE)
        .run(
            spy,
            1,
            1,
            task ->
                new RowJob<Void>() {
                  boolean done;

                  @Override
                  public long plannedEvaluations() {
                    return 10;
                  }

                  @Override
                  public double[][] nextBatch() {
                    if (done) {
                      return null;
                    }
                    done = true;
                    double[][] rows = new double[10][];
                    for (int i = 0; i < 10; i++) {
                      rows[i] = new double[] {i, Double.NaN};
                    }
                    return rows;
                  }

                  @Override
                  public void accept(double[][] outputs) {
                    Collections.addAll(seen, outputs);
                  }

                  @Override
                  public Void result() {
                    return null;
                  }
                });
    assertThat(callSizes).containsExactly(4, 4, 2);
    assertThat(seen)
        .extracting(o -> o[0])
        .containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
  }

  @Test
  void progressReachesOneAndCancellationStopsTheRun() {
    Model identity = FunctionModel.regression(SCHEMA, x -> x[0]);
    List<Double> fractions = Collections.synchronizedList(new ArrayList<>());
    new EvaluationEngine(2, 100, (f, m) -> fractions.add(f), CancellationToken.NONE)
        .run(identity, 10, 1, task -> randomSum(task, 2, 5));
    assertThat(fractions).isNotEmpty();
    assertThat(fractions.stream().mapToDouble(Double::doubleValue).max().orElseThrow())
        .isEqualTo(1.0);

    CancellationFlag flag = new CancellationFlag();
    AtomicInteger batches = new AtomicInteger();
    Model cancelling =
        FunctionModel.regression(
            SCHEMA,
            x -> {
              if (batches.incrementAndGet() == 3) {
                flag.cancel();
              }
              return x[0];
            });
    assertThatThrownBy(
            () ->
                new EvaluationEngine(2, 1, ProgressListener.NONE, flag)
                    .run(cancelling, 100, 1, task -> randomSum(task, 5, 1)))
        .isInstanceOf(CancelledException.class);
    assertThat(batches.get()).isLessThan(500);
  }

  @Test
  void aModelFailureReachesTheCaller() {
    Model failing =
        FunctionModel.regression(
            SCHEMA,
            x -> {
              throw new IllegalStateException("model broke");
            });
    assertThatThrownBy(
            () ->
                new EvaluationEngine(2, 10, ProgressListener.NONE, CancellationToken.NONE)
                    .run(failing, 4, 1, task -> randomSum(task, 1, 1)))
        .hasMessageContaining("model broke");
  }

  @Test
  void aModelThatIsNotThreadSafeIsCopiedPerWorker() {
    AtomicInteger copies = new AtomicInteger();
    FunctionModel base = FunctionModel.regression(SCHEMA, x -> x[0]);
    Model unsafe =
        new FunctionModel(SCHEMA, base.outputNames(), x -> new double[] {x[0]}) {
          @Override
          public boolean isThreadSafe() {
            return false;
          }

          @Override
          public Model copyForThread() {
            copies.incrementAndGet();
            return this;
          }
        };
    new EvaluationEngine(3, 10, ProgressListener.NONE, CancellationToken.NONE)
        .run(unsafe, 9, 1, task -> randomSum(task, 1, 1));
    assertThat(copies.get()).isEqualTo(2);
  }

  /** A model that is not thread-safe whose copies are independent models, counted. */
  private static Model countingUnsafe(AtomicInteger copies, AtomicInteger calls, int failAt) {
    return new FunctionModel(SCHEMA, List.of("y"), x -> new double[] {x[0]}) {
      @Override
      public double[][] predict(double[][] rows) {
        if (calls.incrementAndGet() == failAt) {
          throw new IllegalStateException("model broke");
        }
        return super.predict(rows);
      }

      @Override
      public boolean isThreadSafe() {
        return false;
      }

      @Override
      public Model copyForThread() {
        copies.incrementAndGet();
        return countingUnsafe(new AtomicInteger(), calls, failAt);
      }
    };
  }

  @Test
  void copiesAreMadeOncePerWorkerAndReusedByLaterRunsOfTheSameModel() {
    AtomicInteger copies = new AtomicInteger();
    Model unsafe = countingUnsafe(copies, new AtomicInteger(), -1);
    EvaluationEngine engine =
        new EvaluationEngine(3, 10, ProgressListener.NONE, CancellationToken.NONE);

    List<Double> first = engine.run(unsafe, 9, 1, task -> randomSum(task, 2, 3));
    List<Double> second = engine.run(unsafe, 9, 1, task -> randomSum(task, 2, 3));
    engine.withThreads(2).run(unsafe, 9, 1, task -> randomSum(task, 2, 3));

    assertThat(copies.get()).isEqualTo(2);
    assertThat(second).containsExactlyElementsOf(first);

    AtomicInteger otherCopies = new AtomicInteger();
    engine.run(countingUnsafe(otherCopies, new AtomicInteger(), -1), 9, 1, t -> randomSum(t, 1, 1));
    assertThat(otherCopies.get()).as("another model gets its own copies").isEqualTo(2);
  }

  @Test
  void copiesOfAFailedRunAreDropped() {
    AtomicInteger copies = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    Model unsafe = countingUnsafe(copies, calls, 3);
    EvaluationEngine engine =
        new EvaluationEngine(2, 10, ProgressListener.NONE, CancellationToken.NONE);

    assertThatThrownBy(() -> engine.run(unsafe, 8, 1, task -> randomSum(task, 2, 1)))
        .hasMessageContaining("model broke");
    engine.run(unsafe, 8, 1, task -> randomSum(task, 2, 1));

    assertThat(copies.get()).isEqualTo(2);
  }
}
