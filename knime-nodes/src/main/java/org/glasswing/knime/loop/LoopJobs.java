package org.glasswing.knime.loop;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.glasswing.core.engine.HostDrivenRun;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataTableSpec;

/**
 * What a {@link LoopMethod} prepares on the loop's first iteration: the core's row jobs and how to
 * send their rows out.
 *
 * @param <R> the jobs' result type
 * @param tasks the number of tasks (explained rows, shuffle sets), at least 1
 * @param seed the seed every task's random stream is derived from
 * @param batchRows the batch size every job is given
 * @param tasksPerChunk how many tasks are open at once (one iteration's share)
 * @param jobs creates the job of a task
 * @param codec turns the jobs' synthetic rows into cells
 * @param rowSpec the spec of the table of synthetic rows
 * @param taskKey the row-key prefix of a task's synthetic rows, such as the explained row's key
 * @param message what the node says it is doing, such as "explaining 5 rows with kernel-shap"
 */
public record LoopJobs<R>(
    int tasks,
    long seed,
    int batchRows,
    int tasksPerChunk,
    Function<TaskContext, RowJob<R>> jobs,
    TableCodec codec,
    DataTableSpec rowSpec,
    IntFunction<String> taskKey,
    String message) {

  /**
   * Checks the parts.
   *
   * @param tasks the number of tasks
   * @param seed the seed
   * @param batchRows the batch size
   * @param tasksPerChunk the tasks per iteration
   * @param jobs the job factory
   * @param codec the codec
   * @param rowSpec the spec of the sent rows
   * @param taskKey the row-key prefix of a task
   * @param message the status message
   */
  public LoopJobs {
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(rowSpec, "rowSpec");
    Objects.requireNonNull(taskKey, "taskKey");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The run that hands the jobs' rows out round by round.
   *
   * @return a new run
   * @throws IllegalArgumentException if a count is below 1
   */
  HostDrivenRun<R> run() {
    return new HostDrivenRun<>(tasks, seed, batchRows, tasksPerChunk, jobs);
  }
}
