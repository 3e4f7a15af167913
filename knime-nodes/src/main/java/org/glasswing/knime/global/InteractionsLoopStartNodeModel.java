package org.glasswing.knime.global;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.global.InteractionStrength;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.resample.Resampling;
import org.glasswing.knime.bridge.BridgeLoopStartModel;
import org.glasswing.knime.bridge.BridgedRun;
import org.glasswing.knime.bridge.BridgedWork;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * Interactions Loop Start: reads the rows (every column a feature), samples at most {@code sample}
 * of them with the seed (as {@code glasswing interactions} does), and runs the core's {@link
 * InteractionStrength} (Friedman's H-statistic for the pairs of the {@code top} candidates) on its
 * own thread, with the loop's predictor as the model; each iteration emits the rows the computation
 * waits for.
 */
public final class InteractionsLoopStartNodeModel extends BridgeLoopStartModel<Interactions> {

  /** How messages name the input table. */
  static final String INPUT = "the table (port 1)";

  private final InteractionsLoopSettings settings;

  /** Creates the model: one input table (the rows), one output (rows to predict). */
  public InteractionsLoopStartNodeModel() {
    this(new InteractionsLoopSettings());
  }

  private InteractionsLoopStartNodeModel(InteractionsLoopSettings settings) {
    super(1, settings, "interactions");
    this.settings = settings;
  }

  @Override
  protected DataTableSpec requestSpec(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    settings.catalogue.values();
    FeatureColumns columns = FeatureColumns.of(inSpecs[0], INPUT);
    for (String name : settings.features.getStringValue().split(",")) {
      if (!name.isBlank() && inSpecs[0].getColumnSpec(name.strip()) == null) {
        throw new InvalidSettingsException(
            "the setting '"
                + InteractionsLoopSettings.FEATURES
                + "' names the column '"
                + Messages.quoted(name.strip())
                + "', which "
                + INPUT
                + " does not have");
      }
    }
    return TableCodec.decodedSpec(columns);
  }

  private static Parameter param(String name) {
    return InteractionsLoopSettings.INTERACTIONS.parameter(name).orElseThrow();
  }

  @Override
  protected BridgedRun<Interactions> start(BufferedDataTable[] inData, ExecutionContext exec)
      throws InvalidSettingsException {
    FeatureColumns columns = FeatureColumns.of(inData[0].getDataTableSpec(), INPUT);
    if (inData[0].size() == 0) {
      throw new InvalidSettingsException(INPUT + " has no rows");
    }
    TableCodec codec = TableCodec.of(columns, List.of(inData[0]));
    Dataset all = codec.encode(inData[0]);
    ParameterValues values = settings.catalogue.values();
    int top = values.integer(param("top"));
    int size = Math.min(all.numRows(), values.integer(param("sample")));
    long seed = values.longValue(Parameters.SEED);
    Dataset rows = all.select(Resampling.subsample(all.numRows(), size, seed, 0));
    int[] candidates = settings.columns(codec.schema(), INPUT);
    BridgedWork<Interactions> work =
        bridge -> {
          bridge.step("measuring the interactions of " + candidates.length + " columns");
          BridgedModel model = new BridgedModel(codec.schema(), bridge);
          EvaluationEngine engine =
              new EvaluationEngine(
                  1,
                  EvaluationEngine.DEFAULT_BATCH_ROWS,
                  (fraction, message) -> bridge.progress(fraction),
                  bridge.token());
          return new InteractionStrength(top).compute(model, rows, candidates, 0, engine);
        };
    return new BridgedRun<>(
        "glasswing-interactions", work, TableCodec.decodedSpec(columns), codec::decode);
  }
}
