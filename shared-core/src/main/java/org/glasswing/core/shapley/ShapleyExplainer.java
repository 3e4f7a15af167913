package org.glasswing.core.shapley;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;

/**
 * What every estimator of the {@link MarginalGame}'s Shapley values shares: checking the input,
 * running one job per explained row on the engine, and turning each row's values into one {@link
 * Explanation} per selected output.
 */
public abstract class ShapleyExplainer implements Explainer {

  private final Background background;
  private final long seed;

  ShapleyExplainer(Background background, long seed) {
    this.background = Objects.requireNonNull(background, "background");
    this.seed = seed;
  }

  /**
   * The background rows that stand in for unknown values.
   *
   * @return the background
   */
  public Background background() {
    return background;
  }

  /**
   * The seed from which every row's random stream is derived.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  @Override
  public final List<Explanation> explain(
      Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine) {
    Schema schema = model.schema();
    ShapleyInput.check(model, rows, background.rows(), targets);
    int players = schema.inputIndices().length;
    checkPlayers(players);
    List<ShapleyValues> values = engine.run(model, rows.numRows(), seed, jobs(schema, rows));
    return ShapleyValues.toExplanations(
        model, rows, targets, values, method(), recordedSettings(schema));
  }

  /**
   * The jobs of this method for the given rows, for a host that evaluates the model itself (a KNIME
   * loop sends each batch out and feeds the predictions back): one job per row, job {@code i}
   * explaining {@code rows.row(i)}, to be created with task {@code i}'s context, i.e. run by {@link
   * org.glasswing.core.engine.HostDrivenRun} or {@link EvaluationEngine} with {@link #seed()}. The
   * jobs are the same ones {@link #explain} runs, so with the same seed and batch size the values
   * are the same. The schema need not have a target column; each output the host returns becomes
   * one row of each value's arrays.
   *
   * @param schema the schema of the rows, the background and the synthetic rows
   * @param rows the rows to explain
   * @return creates the job of a task
   * @throws IllegalArgumentException if the rows or the background do not follow the schema, or the
   *     method cannot handle that many features
   */
  public final Function<TaskContext, RowJob<ShapleyValues>> rowJobs(Schema schema, Dataset rows) {
    ShapleyInput.checkData(schema, rows, background.rows());
    checkPlayers(schema.inputIndices().length);
    return jobs(schema, rows);
  }

  /**
   * The method's settings, as recorded in every explanation it makes.
   *
   * @param schema the explained schema
   * @return the settings in display order
   */
  public final Map<String, String> recordedSettings(Schema schema) {
    int players = schema.inputIndices().length;
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("background_size", Integer.toString(background.size()));
    settings.putAll(settings(players));
    settings.put("seed", Long.toString(seed));
    return settings;
  }

  private Function<TaskContext, RowJob<ShapleyValues>> jobs(Schema schema, Dataset rows) {
    return task -> newJob(new MarginalGame(schema, rows.row(task.index()), background), task);
  }

  /**
   * Refuses a number of players the method cannot handle.
   *
   * @param players the number of input features
   * @throws IllegalArgumentException with a message that names the alternatives
   */
  abstract void checkPlayers(int players);

  /**
   * The method's own settings for the explanation's record, in display order.
   *
   * @param players the number of input features
   * @return the settings
   */
  abstract Map<String, String> settings(int players);

  /**
   * Creates the job that estimates one row's values.
   *
   * @param game the row's game
   * @param task the engine's task context (random stream, batch size)
   * @return the job
   */
  abstract RowJob<ShapleyValues> newJob(MarginalGame game, TaskContext task);
}
