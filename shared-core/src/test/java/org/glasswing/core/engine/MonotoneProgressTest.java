package org.glasswing.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
