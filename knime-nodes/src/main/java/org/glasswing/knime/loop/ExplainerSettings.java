package org.glasswing.knime.loop;

import java.util.Objects;
import org.glasswing.core.engine.EvaluationEngine;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;

/**
 * The settings of a local explainer loop start: the method's settings from the catalogue, and the
 * loop's own chunking (explained rows per iteration, rows per batch).
 */
public final class ExplainerSettings implements LoopSettings {

  private final CatalogueSettings method;
  private final SettingsModelIntegerBounded rowsPerIteration =
      new SettingsModelIntegerBounded("rowsPerIteration", 10, 1, Integer.MAX_VALUE);
  private final SettingsModelIntegerBounded batchRows =
      new SettingsModelIntegerBounded(
          "batchRows", EvaluationEngine.DEFAULT_BATCH_ROWS, 1, Integer.MAX_VALUE);
  private final ModelSettings chunking =
      new ModelSettings().add("rowsPerIteration", rowsPerIteration).add("batchRows", batchRows);

  /**
   * Creates the settings at their defaults.
   *
   * @param method the method's settings
   */
  public ExplainerSettings(CatalogueSettings method) {
    this.method = Objects.requireNonNull(method, "method");
  }

  /**
   * The method's settings.
   *
   * @return the catalogue settings
   */
  public CatalogueSettings method() {
    return method;
  }

  /**
   * How many explained rows are open at once.
   *
   * @return the model
   */
  public SettingsModelIntegerBounded rowsPerIteration() {
    return rowsPerIteration;
  }

  /**
   * The batch size of the row jobs.
   *
   * @return the model
   */
  public SettingsModelIntegerBounded batchRows() {
    return batchRows;
  }

  @Override
  public void save(NodeSettingsWO settings) {
    method.save(settings);
    chunking.save(settings);
  }

  @Override
  public void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    method.validate(settings);
    chunking.validate(settings);
  }

  @Override
  public void load(NodeSettingsRO settings) throws InvalidSettingsException {
    method.load(settings);
    chunking.load(settings);
  }
}
