package org.glasswing.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IndependentTasksTest {

  private static EvaluationEngine engine(
      int threads, ProgressListener progress, CancellationToken cancel) {
    return new EvaluationEngine(threads, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel);
  }

  @Test
  void resultsComeInTaskOrderAndDoNotDependOnTheThreads() {
    List<Long> one =
        engine(1, ProgressListener.NONE, CancellationToken.NONE)
            .runTasks(20, 5, task -> task.index() * 1000L + task.random().nextInt(1000));
    List<Long> three =
        engine(3, ProgressListener.NONE, CancellationToken.NONE)
            .runTasks(20, 5, task -> task.index() * 1000L + task.random().nextInt(1000));
    assertThat(three).isEqualTo(one).hasSize(20);
    for (int t = 0; t < 20; t++) {
      assertThat(one.get(t) / 1000).isEqualTo(t);
    }
    assertThat(
            engine(1, ProgressListener.NONE, CancellationToken.NONE)
                .runTasks(20, 6, task -> task.index() * 1000L + task.random().nextInt(1000)))
        .isNotEqualTo(one);
  }

  @Test
  void reportsProgressAfterEachTaskAndStopsWhenCancelled() {
    List<Double> fractions = new CopyOnWriteArrayList<>();
    engine(2, (f, m) -> fractions.add(f), CancellationToken.NONE).runTasks(8, 1, t -> t.index());
    assertThat(fractions).hasSize(8).contains(1.0);

    AtomicInteger ran = new AtomicInteger();
    assertThatThrownBy(
            () ->
                engine(2, ProgressListener.NONE, () -> ran.get() >= 3)
                    .runTasks(100, 1, t -> ran.incrementAndGet()))
        .isInstanceOf(CancelledException.class);
    assertThat(ran.get()).isLessThan(100);
  }

  @Test
  void aFailingTaskFailsTheRun() {
    assertThatThrownBy(
            () ->
                engine(3, ProgressListener.NONE, CancellationToken.NONE)
                    .runTasks(
                        10,
                        1,
                        t -> {
                          if (t.index() == 4) {
                            throw new IllegalStateException("task 4 broke");
                          }
                          return t.index();
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("task 4 broke");
  }
}
