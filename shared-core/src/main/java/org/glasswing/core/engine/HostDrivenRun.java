package org.glasswing.core.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs {@link RowJob jobs} for a host that evaluates the model itself, in rounds: the host asks for
 * a {@link Round} of synthetic rows, has its own model (for example a KNIME predictor inside a
 * loop) answer them, and hands the answers back. The jobs are opened a chunk of tasks at a time, so
 * one round holds at most one batch of each task of the chunk and memory stays bounded.
 *
 * <p>Every task's job is created with the same {@link TaskContext} that {@link EvaluationEngine}
 * would give it (the random stream of {@link RandomStreams#forTask} and the batch size), so for a
 * model that answers each row on its own the results equal those of {@link EvaluationEngine#run}.
 *
 * <p>Not thread-safe: one host drives it from one thread.
 *
 * @param <R> the jobs' result type
 */
public final class HostDrivenRun<R> {

  private final int taskCount;
  private final long seed;
  private final int batchRows;
  private final int tasksPerChunk;
  private final Function<TaskContext, RowJob<R>> jobs;
  private final List<Finished<R>> finished = new ArrayList<>();
  private final List<Active<R>> active = new ArrayList<>();
  private int nextTask;
  private int doneTasks;
  private Round open;
  private Round upcoming;
  private List<Active<R>> roundTasks;

  /**
   * Prepares a run; no job is created yet.
   *
   * @param taskCount the number of tasks, at least 1
   * @param seed the seed from which every task's random stream is derived
   * @param batchRows the batch size every job is given, at least 1
   * @param tasksPerChunk how many tasks are open at once, at least 1
   * @param jobs creates the job of a task
   * @throws IllegalArgumentException if a count is below 1
   */
  public HostDrivenRun(
      int taskCount,
      long seed,
      int batchRows,
      int tasksPerChunk,
      Function<TaskContext, RowJob<R>> jobs) {
    if (taskCount < 1) {
      throw new IllegalArgumentException("there must be at least one task, got " + taskCount);
    }
    if (batchRows < 1) {
      throw new IllegalArgumentException("batch rows must be at least 1, got " + batchRows);
    }
    if (tasksPerChunk < 1) {
      throw new IllegalArgumentException(
          "tasks per chunk must be at least 1, got " + tasksPerChunk);
    }
    this.taskCount = taskCount;
    this.seed = seed;
    this.batchRows = batchRows;
    this.tasksPerChunk = tasksPerChunk;
    this.jobs = Objects.requireNonNull(jobs, "jobs");
  }

  /**
   * One round of rows for the host's model.
   *
   * @param rows the synthetic rows, following the jobs' schema
   * @param tasks for each row, the task that asked for it
   */
  public record Round(double[][] rows, int[] tasks) {

    /**
     * The number of rows in the round.
     *
     * @return the row count
     */
    public int size() {
      return rows.length;
    }
  }

  /**
   * The result of one finished task.
   *
   * @param <R> the result type
   * @param task the task's index
   * @param result the job's result
   */
  public record Finished<R>(int task, R result) {}

  /**
   * Whether every task has finished: true once the answers to the last round needed were given.
   *
   * @return true when no task needs answers any more
   */
  public boolean isFinished() {
    if (open == null && upcoming == null && doneTasks < taskCount) {
      prepare();
    }
    return open == null && upcoming == null && doneTasks == taskCount;
  }

  /**
   * Whether a round was handed out and its answers are still due.
   *
   * @return true between {@link #nextRound()} and {@link #answer(double[][])}
   */
  public boolean isAwaitingAnswers() {
    return open != null;
  }

  /**
   * The next round: one batch from every open task, opening the next chunk of tasks when the
   * current one has finished. Tasks whose jobs need no (more) answers finish without rows.
   *
   * @return a round with at least one row
   * @throws IllegalStateException if answers to the last round are due or the run has finished
   */
  public Round nextRound() {
    if (open != null) {
      throw new IllegalStateException("the answers to the last round have not been given yet");
    }
    if (upcoming == null) {
      prepare();
    }
    if (upcoming == null) {
      throw new IllegalStateException("the run has finished; there is no next round");
    }
    open = upcoming;
    upcoming = null;
    return open;
  }

  private void prepare() {
    while (doneTasks < taskCount) {
      if (active.isEmpty()) {
        int end = Math.min(taskCount, nextTask + tasksPerChunk);
        for (int task = nextTask; task < end; task++) {
          RowJob<R> job =
              jobs.apply(new TaskContext(task, RandomStreams.forTask(seed, task), batchRows));
          active.add(new Active<>(task, job));
        }
        nextTask = end;
      }
      List<double[]> rows = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      List<Active<R>> asked = new ArrayList<>();
      for (Active<R> task : active) {
        double[][] batch = task.job.nextBatch();
        if (batch == null) {
          task.done = true;
          continue;
        }
        task.pending = batch.length;
        asked.add(task);
        for (double[] row : batch) {
          rows.add(row);
          owners.add(task.task);
        }
      }
      retireDone();
      if (!rows.isEmpty()) {
        int[] tasks = owners.stream().mapToInt(Integer::intValue).toArray();
        upcoming = new Round(rows.toArray(new double[0][]), tasks);
        roundTasks = asked;
        return;
      }
    }
  }

  /**
   * Hands back the host model's answers to the last round, passes each task its share, and prepares
   * the next round, so that {@link #isFinished()} and {@link #takeFinished()} are up to date when
   * this returns.
   *
   * @param outputs one output vector per row of the round, in the round's order, all of one width
   * @throws IllegalStateException if no round is open
   * @throws IllegalArgumentException if the number of answers differs from the round's rows
   */
  public void answer(double[][] outputs) {
    if (open == null) {
      throw new IllegalStateException("no round is waiting for answers");
    }
    if (outputs.length != open.size()) {
      throw new IllegalArgumentException(
          "the round had " + open.size() + " rows but " + outputs.length + " answers came back");
    }
    int from = 0;
    for (Active<R> task : roundTasks) {
      int to = from + task.pending;
      task.job.accept(Arrays.copyOfRange(outputs, from, to));
      task.evaluated += task.pending;
      task.pending = 0;
      from = to;
    }
    open = null;
    roundTasks = null;
    prepare();
  }

  /**
   * The results of the tasks that finished since the last call, in task order, then forgets them.
   *
   * @return the newly finished tasks
   */
  public List<Finished<R>> takeFinished() {
    List<Finished<R>> taken = new ArrayList<>(finished);
    finished.clear();
    return taken;
  }

  /**
   * The share of the work done, from each task's planned evaluations.
   *
   * @return a fraction from 0 to 1
   */
  public double progress() {
    double done = doneTasks;
    for (Active<R> task : active) {
      long planned = Math.max(1, task.job.plannedEvaluations());
      done += Math.min(1.0, (double) task.evaluated / planned);
    }
    return done / taskCount;
  }

  /**
   * The number of tasks that have finished so far.
   *
   * @return the count
   */
  public int finishedTasks() {
    return doneTasks;
  }

  private void retireDone() {
    List<Active<R>> still = new ArrayList<>();
    for (Active<R> task : active) {
      if (task.done) {
        finished.add(new Finished<>(task.task, task.job.result()));
        doneTasks++;
      } else {
        still.add(task);
      }
    }
    if (still.size() != active.size()) {
      active.clear();
      active.addAll(still);
    }
  }

  /** An open task: its job and how many of its rows the open round holds. */
  private static final class Active<R> {
    final int task;
    final RowJob<R> job;
    int pending;
    long evaluated;
    boolean done;

    Active(int task, RowJob<R> job) {
      this.task = task;
      this.job = job;
    }
  }
}
