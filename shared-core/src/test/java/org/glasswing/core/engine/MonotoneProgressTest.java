package org.glasswing.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class MonotoneProgressTest {

  @Property
  void percentagesNeverDecreaseAndStayBelowOneUntilTheEnd(
      @ForAll @Size(max = 200) List<@DoubleRange(min = -0.5, max = 1.5) Double> reports) {
    List<Double> seen = new ArrayList<>();
    MonotoneProgress progress = new MonotoneProgress((f, m) -> seen.add(f));

    reports.forEach(f -> progress.progress(f, "work"));
    progress.finish();

    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i)).isGreaterThanOrEqualTo(seen.get(i - 1));
    }
    assertThat(seen.subList(0, seen.size() - 1))
        .allMatch(f -> f >= 0 && f <= MonotoneProgress.BEFORE_FINISH);
    assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
  }

  @org.junit.jupiter.api.Test
  void parallelRunsStillReadAsOneClimbingLine() throws Exception {
    List<Double> seen = java.util.Collections.synchronizedList(new ArrayList<>());
    MonotoneProgress progress = new MonotoneProgress((f, m) -> seen.add(f));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    for (int run = 0; run < 3; run++) {
      pool.submit(
          () -> {
            for (int k = 0; k <= 20; k++) {
              progress.progress(k / 20.0, "task " + k);
            }
          });
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    synchronized (seen) {
      for (int i = 1; i < seen.size(); i++) {
        assertThat(seen.get(i)).isGreaterThanOrEqualTo(seen.get(i - 1));
      }
    }
  }

  /** Reports of a stage in known parts, interleaved, each part restarting and ending at 1. */
  @Property
  void aStageInKnownPartsClimbsMonotonelyAndReachesOneWithItsLastPart(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 6) int count,
      @ForAll @Size(max = 80) List<@DoubleRange(min = -0.2, max = 1.2) Double> reports,
      @ForAll @Size(max = 80)
          List<@net.jqwik.api.constraints.IntRange(min = 0, max = 5) Integer> whichPart) {
    List<Double> seen = new ArrayList<>();
    MonotoneProgress progress = new MonotoneProgress((f, m) -> seen.add(f));
    List<ProgressListener> parts = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      parts.add(progress.part(p, count));
    }
    double[] highest = new double[count];
    for (int i = 0; i < Math.min(reports.size(), whichPart.size()); i++) {
      int p = whichPart.get(i) % count;
      parts.get(p).progress(reports.get(i), "work");
      highest[p] = Math.max(highest[p], Math.max(0, Math.min(1, reports.get(i))));
      // the stage's fraction is the mean of the parts' highest fractions
      assertThat(progress.shown())
          .isCloseTo(java.util.Arrays.stream(highest).sum() / count, within(1e-12));
    }
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i)).isGreaterThanOrEqualTo(seen.get(i - 1));
    }
    assertThat(seen).allMatch(f -> f >= 0 && f <= 1);
    for (int p = 0; p < count; p++) {
      parts.get(p).progress(1, "end of part " + (p + 1));
    }
    assertThat(progress.shown()).isEqualTo(1.0);
    assertThat(seen.get(seen.size() - 1)).isEqualTo(1.0);
  }

  @org.junit.jupiter.api.Test
  void eachKnownPartCoversItsShareAndIsNamed() {
    List<String> messages = new ArrayList<>();
    List<Double> seen = new ArrayList<>();
    MonotoneProgress progress =
        new MonotoneProgress(
            (f, m) -> {
              seen.add(f);
              messages.add(m);
            });
    ProgressListener first = progress.part(0, 4);
    ProgressListener second = progress.part(1, 4);
    first.progress(1, "done");
    second.progress(0.5, "task 5 of 10");
    second.progress(0.2, "task 2 of 10"); // a restart inside the part holds its highest
    assertThat(seen).containsExactly(0.25, 0.375, 0.375);
    assertThat(messages.get(1)).isEqualTo("part 2 of 4: task 5 of 10");
  }

  @org.junit.jupiter.api.Test
  void namesTheLaterPartsOfAStage() {
    List<String> messages = new ArrayList<>();
    MonotoneProgress progress = new MonotoneProgress((f, m) -> messages.add(m));
    progress.progress(0.9, "task 9 of 10");
    progress.progress(0.1, "task 1 of 10");
    assertThat(messages).containsExactly("task 9 of 10", "part 2: task 1 of 10");
    assertThat(progress.shown()).isEqualTo(0.9);
  }
}
