package org.glasswing.knime.global;

import java.util.List;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.knime.bridge.PredictionBridge;

/**
 * The KNIME predictor inside a bridged loop as a core {@link Model} with one output (the loop end's
 * prediction column): every batch it is asked for goes through the loop. Thread-safe, since the
 * bridge is.
 */
final class BridgedModel implements Model {

  /** The name of the one output; the loop end names the column it read. */
  static final String OUTPUT = "prediction";

  private final Schema schema;
  private final PredictionBridge bridge;

  /**
   * Wraps a bridge.
   *
   * @param schema the rows' schema (the feature columns)
   * @param bridge where predictions are asked
   */
  BridgedModel(Schema schema, PredictionBridge bridge) {
    this.schema = schema;
    this.bridge = bridge;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return List.of(OUTPUT);
  }

  @Override
  public double[][] predict(double[][] rows) {
    return bridge.predict(rows);
  }

  @Override
  public boolean isThreadSafe() {
    return true;
  }

  @Override
  public Model copyForThread() {
    return this;
  }
}
