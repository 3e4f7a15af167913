package org.glasswing.core.shapley;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    List<ShapleyValues> values =
        engine.run(
            model,
            rows.numRows(),
            seed,
            task -> newJob(new MarginalGame(schema, rows.row(task.index()), background), task));
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("background_size", Integer.toString(background.size()));
    settings.putAll(settings(players));
    settings.put("seed", Long.toString(seed));
    return ShapleyValues.toExplanations(model, rows, targets, values, method(), settings);
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
