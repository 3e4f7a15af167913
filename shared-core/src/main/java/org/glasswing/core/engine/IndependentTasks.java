package org.glasswing.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs N independent tasks (such as retraining a model per subsample) on worker threads: each task
 * gets its own random stream and result slot, cancellation is polled before each task, and progress
 * is reported after each one.
 *
 * @param <R> the result type
 */
final class IndependentTasks<R> {

  private final int taskCount;
  private final long seed;
  private final int batchRows;
  private final Function<TaskContext, R> task;
  private final ProgressListener progress;
  private final CancellationToken cancellation;
  private final Object[] results;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicInteger finished = new AtomicInteger();
  private volatile boolean aborted;

  IndependentTasks(
      int taskCount,
      long seed,
      int batchRows,
      Function<TaskContext, R> task,
      ProgressListener progress,
      CancellationToken cancellation) {
    this.taskCount = taskCount;
    this.seed = seed;
    this.batchRows = batchRows;
    this.task = task;
    this.progress = progress;
    this.cancellation = cancellation;
    this.results = new Object[taskCount];
  }

  List<R> run(int threads) {
    int workers = Math.min(threads, Math.max(taskCount, 1));
    if (workers <= 1) {
      work();
    } else {
      List<Runnable> loops = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        loops.add(this::work);
      }
      WorkerPool.runAll(loops, () -> aborted = true);
    }
    cancellation.throwIfCancelled();
    List<R> ordered = new ArrayList<>(taskCount);
    for (Object result : results) {
      @SuppressWarnings("unchecked")
      R typed = (R) result;
      ordered.add(typed);
    }
    return ordered;
  }

  private void work() {
    for (int t = next.getAndIncrement(); t < taskCount; t = next.getAndIncrement()) {
      if (aborted) {
        throw new CancelledException();
      }
      cancellation.throwIfCancelled();
      results[t] = task.apply(new TaskContext(t, RandomStreams.forTask(seed, t), batchRows));
      int done = finished.incrementAndGet();
      progress.progress((double) done / taskCount, "task " + done + " of " + taskCount + " done");
    }
  }
}
