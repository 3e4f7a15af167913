package org.glasswing.knime.global;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.global.AccumulatedLocalEffects;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Grids;
import org.glasswing.core.global.PartialDependence;
import org.glasswing.core.global.Profile;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.resample.Resampling;
import org.glasswing.knime.bridge.BridgeLoopStartModel;
import org.glasswing.knime.bridge.BridgedRun;
import org.glasswing.knime.bridge.BridgedWork;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * Partial Dependence Loop Start: reads the rows to profile (every column a feature), samples at
 * most {@code max-rows} of them with the seed (as {@code glasswing profile} does), and runs the
 * core's {@link PartialDependence} (and, with {@code ale}, {@link AccumulatedLocalEffects}) for
 * each profiled column on its own thread, with the loop's predictor as the model; each iteration
 * emits the grid rows the computation waits for.
 */
public final class ProfileLoopStartNodeModel extends BridgeLoopStartModel<ProfileResult> {

  /** How messages name the input table. */
  static final String INPUT = "the profiled table (port 1)";

  private final ProfileLoopSettings settings;

  /** Creates the model: one input table (the rows to profile), one output (rows to predict). */
  public ProfileLoopStartNodeModel() {
    this(new ProfileLoopSettings());
  }

  private ProfileLoopStartNodeModel(ProfileLoopSettings settings) {
    super(1, settings, "profile");
    this.settings = settings;
  }

  ProfileLoopSettings settings() {
    return settings;
  }

  @Override
  protected DataTableSpec requestSpec(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    settings.catalogue.values();
    return TableCodec.decodedSpec(FeatureColumns.of(inSpecs[0], INPUT));
  }

  private static Parameter param(String name) {
    return ProfileLoopSettings.PROFILE.parameter(name).orElseThrow();
  }

  @Override
  protected BridgedRun<ProfileResult> start(BufferedDataTable[] inData, ExecutionContext exec)
      throws InvalidSettingsException {
    FeatureColumns columns = FeatureColumns.of(inData[0].getDataTableSpec(), INPUT);
    if (inData[0].size() == 0) {
      throw new InvalidSettingsException(INPUT + " has no rows to profile");
    }
    TableCodec codec = TableCodec.of(columns, List.of(inData[0]));
    Dataset all = codec.encode(inData[0]);
    List<RowKey> keys = TableCodec.keys(inData[0]);
    ParameterValues values = settings.catalogue.values();
    int grid = values.integer(param("grid"));
    boolean ale = values.flag(param("ale"));
    boolean withIce = !values.flag(param("no-ice"));
    long seed = values.longValue(Parameters.SEED);
    int[] sample =
        Resampling.subsample(
            all.numRows(), Math.min(all.numRows(), values.integer(param("max-rows"))), seed, 0);
    Dataset rows = all.select(sample);
    List<Integer> varied = new ArrayList<>();
    for (int column : settings.columns(codec.schema())) {
      try {
        Grids.grid(rows, column, grid);
        varied.add(column);
      } catch (IllegalArgumentException e) {
        if (settings.explicit()) {
          throw new InvalidSettingsException(
              "the setting '"
                  + ProfileLoopSettings.FEATURES
                  + "': "
                  + SettingsCheck.oneLine(e.getMessage()),
              e);
        }
        setWarningMessage("skipped: " + SettingsCheck.oneLine(e.getMessage()));
      }
    }
    if (varied.isEmpty()) {
      throw new InvalidSettingsException(
          INPUT + " has no column whose values vary over the sampled rows; nothing to profile");
    }
    List<RowKey> profiledKeys = new ArrayList<>();
    for (int r : sample) {
      profiledKeys.add(keys.get(r));
    }
    BridgedWork<ProfileResult> work =
        bridge -> {
          BridgedModel model = new BridgedModel(codec.schema(), bridge);
          EvaluationEngine engine =
              new EvaluationEngine(
                  1,
                  EvaluationEngine.DEFAULT_BATCH_ROWS,
                  (fraction, message) -> bridge.progress(fraction),
                  bridge.token());
          PartialDependence pdp = new PartialDependence(grid);
          List<Profile> profiles = new ArrayList<>();
          List<AleCurve> curves = new ArrayList<>();
          for (int column : varied) {
            bridge.step("profiling " + codec.schema().feature(column).name());
            profiles.add(pdp.profile(model, rows, column, 0, engine));
            if (ale && !codec.schema().feature(column).isNominal()) {
              curves.add(
                  new AccumulatedLocalEffects(grid - 1).curve(model, rows, column, 0, engine));
            }
          }
          return new ProfileResult(profiles, curves, profiledKeys, withIce);
        };
    return new BridgedRun<>(
        "glasswing-profile", work, TableCodec.decodedSpec(columns), codec::decode);
  }
}
