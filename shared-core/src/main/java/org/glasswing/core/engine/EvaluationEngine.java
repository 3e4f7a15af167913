package org.glasswing.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.glasswing.core.model.Model;

/**
 * Runs the {@link RowJob jobs} of a perturbation method against a model: hands each worker thread
 * its own model copy (made once per worker and kept for the model's next runs; none for a
 * thread-safe model, which all workers share), feeds every job's batches to the model in chunks of
 * at most {@link #batchRows()} rows, reports progress, and stops between batches when cancelled.
 *
 * <p>Each task gets a random stream derived from the seed and its index only (see {@link
 * RandomStreams}), and a job sees only its own batches, so results do not depend on the number of
 * threads nor on the order in which tasks run. Results come back in task order.
 */
public final class EvaluationEngine {

  /** The default number of model rows per batch. */
  public static final int DEFAULT_BATCH_ROWS = 4096;

  private final int threads;
  private final int batchRows;
  private final ProgressListener progress;
  private final CancellationToken cancellation;

  /**
   * Creates an engine.
   *
   * @param threads the number of worker threads, at least 1
   * @param batchRows the largest number of rows passed to the model in one call, at least 1
   * @param progress receives progress reports
   * @param cancellation polled between batches
   */
  public EvaluationEngine(
      int threads, int batchRows, ProgressListener progress, CancellationToken cancellation) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    if (batchRows < 1) {
      throw new IllegalArgumentException("batch rows must be at least 1, got " + batchRows);
    }
    this.threads = threads;
    this.batchRows = batchRows;
    this.progress = progress;
    this.cancellation = cancellation;
  }

  /**
   * An engine with one thread per available core, default batches, and no progress or cancellation.
   *
   * @return the engine
   */
  public static EvaluationEngine defaults() {
    return new EvaluationEngine(
        Runtime.getRuntime().availableProcessors(),
        DEFAULT_BATCH_ROWS,
        ProgressListener.NONE,
        CancellationToken.NONE);
  }

  /**
   * The number of worker threads.
   *
   * @return the thread count
   */
  public int threads() {
    return threads;
  }

  /**
   * The largest number of rows passed to the model in one call.
   *
   * @return the batch size
   */
  public int batchRows() {
    return batchRows;
  }

  /**
   * The listener that receives this engine's progress reports, so that a method running several
   * steps can report each step's share of the whole.
   *
   * @return the listener
   */
  public ProgressListener progress() {
    return progress;
  }

  /**
   * The cancellation token this engine polls, so that work between engine runs can poll it too.
   *
   * @return the token
   */
  public CancellationToken cancellation() {
    return cancellation;
  }

  /**
   * The same engine with another thread count.
   *
   * @param threads the number of worker threads, at least 1
   * @return a new engine
   */
  public EvaluationEngine withThreads(int threads) {
    return new EvaluationEngine(threads, batchRows, progress, cancellation);
  }

  /**
   * The same engine reporting to another listener.
   *
   * @param listener receives progress reports
   * @return a new engine
   */
  public EvaluationEngine withProgress(ProgressListener listener) {
    return new EvaluationEngine(threads, batchRows, listener, cancellation);
  }

  /**
   * The same engine polling another cancellation token.
   *
   * @param token polled between batches
   * @return a new engine
   */
  public EvaluationEngine withCancellation(CancellationToken token) {
    return new EvaluationEngine(threads, batchRows, progress, token);
  }

  /**
   * Runs one job per task and returns their results in task order.
   *
   * @param <R> the result type
   * @param model the model that answers every batch
   * @param taskCount the number of tasks
   * @param seed the seed from which every task's random stream is derived
   * @param jobs creates the job of a task; called on the worker thread that runs it
   * @return the results, indexed by task
   * @throws CancelledException if cancelled before all tasks finished
   */
  public <R> List<R> run(
      Model model, int taskCount, long seed, Function<TaskContext, RowJob<R>> jobs) {
    Object[] results = new Object[taskCount];
    double[] taskFractions = new double[taskCount];
    AtomicInteger nextTask = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    Worker<R> template =
        new Worker<>(taskCount, seed, jobs, results, taskFractions, nextTask, finished);
    int workers = Math.min(threads, Math.max(taskCount, 1));
    if (workers <= 1) {
      template.work(model);
    } else {
      runParallel(model, workers, template);
    }
    List<R> ordered = new ArrayList<>(taskCount);
    for (Object result : results) {
      @SuppressWarnings("unchecked")
      R typed = (R) result;
      ordered.add(typed);
    }
    return ordered;
  }

  /**
   * Runs independent tasks that need no model batches (such as training one model per subsample) on
   * this engine's workers and returns their results in task order. Each task gets a random stream
   * derived from the seed and its index only, cancellation is polled before each task and progress
   * is reported after each, so results do not depend on the number of threads.
   *
   * @param <R> the result type
   * @param taskCount the number of tasks
   * @param seed the seed from which every task's random stream is derived
   * @param task runs one task; called on the worker thread that runs it, several at once
   * @return the results, indexed by task
   * @throws CancelledException if cancelled before all tasks finished
   */
  public <R> List<R> runTasks(int taskCount, long seed, Function<TaskContext, R> task) {
    return new IndependentTasks<>(taskCount, seed, batchRows, task, progress, cancellation)
        .run(threads);
  }

  private <R> void runParallel(Model model, int workers, Worker<R> worker) {
    // Copy before any worker starts: copying a model (Weka serialises it) while another thread
    // predicts with it can copy half-updated internal state. Copies are kept for the next run.
    List<Model> copies = model.isThreadSafe() ? List.of() : ModelCopies.borrow(model, workers - 1);
    List<Runnable> loops = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Model own = w == 0 || model.isThreadSafe() ? model : copies.get(w - 1);
      loops.add(() -> worker.work(own));
    }
    WorkerPool.runAll(loops, worker::abort);
    if (!copies.isEmpty()) {
      ModelCopies.giveBack(model, copies);
    }
  }

  /** The loop each worker runs; shared state is confined to atomics and per-task slots. */
  private final class Worker<R> {
    private final int taskCount;
    private final long seed;
    private final Function<TaskContext, RowJob<R>> jobs;
    private final Object[] results;
    private final double[] taskFractions;
    private final AtomicInteger nextTask;
    private final AtomicInteger finished;
    private final AtomicLong reportedAt = new AtomicLong();
    private volatile boolean aborted;
    private double fractionSum;

    Worker(
        int taskCount,
        long seed,
        Function<TaskContext, RowJob<R>> jobs,
        Object[] results,
        double[] taskFractions,
        AtomicInteger nextTask,
        AtomicInteger finished) {
      this.taskCount = taskCount;
      this.seed = seed;
      this.jobs = jobs;
      this.results = results;
      this.taskFractions = taskFractions;
      this.nextTask = nextTask;
      this.finished = finished;
    }

    void abort() {
      aborted = true;
    }

    void work(Model model) {
      for (int task = nextTask.getAndIncrement();
          task < taskCount;
          task = nextTask.getAndIncrement()) {
        RowJob<R> job =
            jobs.apply(new TaskContext(task, RandomStreams.forTask(seed, task), batchRows));
        long planned = Math.max(1, job.plannedEvaluations());
        long evaluated = 0;
        for (double[][] batch = job.nextBatch(); batch != null; batch = job.nextBatch()) {
          if (aborted) {
            throw new CancelledException();
          }
          cancellation.throwIfCancelled();
          job.accept(predictInChunks(model, batch));
          evaluated += batch.length;
          report(task, Math.min(1.0, (double) evaluated / planned));
        }
        results[task] = job.result();
        finished.incrementAndGet();
        report(task, 1.0);
      }
    }

    private void report(int task, double fraction) {
      double done;
      synchronized (taskFractions) {
        fractionSum += fraction - taskFractions[task];
        taskFractions[task] = fraction;
        done = fractionSum / taskCount;
      }
      long now = System.nanoTime();
      long last = reportedAt.get();
      boolean due = now - last > 50_000_000L || fraction == 1.0;
      if (due && reportedAt.compareAndSet(last, now)) {
        progress.progress(done, "task " + finished.get() + " of " + taskCount + " done");
      }
    }
  }

  private double[][] predictInChunks(Model model, double[][] batch) {
    if (batch.length <= batchRows) {
      return model.predict(batch);
    }
    double[][] outputs = new double[batch.length][];
    for (int from = 0; from < batch.length; from += batchRows) {
      int to = Math.min(batch.length, from + batchRows);
      double[][] answer = model.predict(Arrays.copyOfRange(batch, from, to));
      System.arraycopy(answer, 0, outputs, from, to - from);
    }
    return outputs;
  }
}
