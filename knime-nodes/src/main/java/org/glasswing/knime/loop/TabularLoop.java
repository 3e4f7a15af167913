package org.glasswing.knime.loop;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.engine.TaskContext;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.knime.table.FeatureColumns;
import org.glasswing.knime.table.LoopAnswers;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.knime.table.TableCodec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;

/**
 * A local explainer loop: a catalogue method explains the rows of the first table (port 1) with the
 * help of the second (port 2: background or training rows, with the same feature columns), one task
 * per explained row; the loop end names the probability columns, and the result has one row per
 * explained row ({@link AttributionRows}).
 *
 * @param <R> one explained row's result type
 */
public abstract class TabularLoop<R> implements LoopMethod<R> {

  /** How messages name the first table. */
  public static final String EXPLAINED = "the explained table (port 1)";

  /**
   * A method's row jobs.
   *
   * @param <R> the result type
   * @param seed the seed the tasks' random streams derive from
   * @param jobs creates the job of a task
   */
  public record Prepared<R>(long seed, Function<TaskContext, RowJob<R>> jobs) {}

  private final String title;
  private final String second;
  private final ExplainerSettings settings;
  private final String[] extras;
  private FeatureColumns configured;
  private FeatureColumns features;
  private List<RowKey> explainedKeys;

  /**
   * Creates the loop.
   *
   * @param title the loop's name in messages
   * @param second how messages name the second table, such as "the background table (port 2)"
   * @param settings the loop start's settings
   * @param extras the result's columns per output after the base value and the prediction
   */
  protected TabularLoop(String title, String second, ExplainerSettings settings, String... extras) {
    this.title = Objects.requireNonNull(title, "title");
    this.second = Objects.requireNonNull(second, "second");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.extras = extras.clone();
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final String doneUnit() {
    return "rows explained";
  }

  @Override
  public final String doneVariable() {
    return "explainedRowsDone";
  }

  @Override
  public final ExplainerSettings settings() {
    return settings;
  }

  @Override
  public final DataTableSpec configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    FeatureColumns columns = FeatureColumns.of(inSpecs[0], EXPLAINED);
    check(settings.method().values(), columns.size());
    if (inSpecs[1] != null) {
      columns.checkPresentIn(inSpecs[1], second);
    }
    configured = columns;
    return TableCodec.decodedSpec(columns);
  }

  /**
   * Refuses a number of features the settings do not suit.
   *
   * @param values the checked settings
   * @param featureCount the number of feature columns
   * @throws InvalidSettingsException naming the setting
   */
  protected void check(ParameterValues values, int featureCount) throws InvalidSettingsException {}

  @Override
  public final LoopJobs<R> start(BufferedDataTable[] inData) throws InvalidSettingsException {
    FeatureColumns columns = FeatureColumns.of(inData[0].getDataTableSpec(), EXPLAINED);
    columns.checkPresentIn(inData[1].getDataTableSpec(), second);
    if (inData[0].size() == 0) {
      throw new InvalidSettingsException(EXPLAINED + " has no rows to explain");
    }
    if (inData[1].size() == 0) {
      throw new InvalidSettingsException(second + " has no rows");
    }
    TableCodec codec = TableCodec.of(columns, List.of(inData[0], inData[1]));
    Dataset rows = codec.encode(inData[0]);
    MethodSpec spec = settings.method().spec();
    ParameterValues values = settings.method().values();
    check(values, columns.size());
    Prepared<R> prepared;
    try {
      prepared = prepare(spec, values, codec.schema(), rows, codec.encode(inData[1]));
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    features = columns;
    explainedKeys = TableCodec.keys(inData[0]);
    return new LoopJobs<>(
        rows.numRows(),
        prepared.seed(),
        settings.batchRows().getIntValue(),
        settings.rowsPerIteration().getIntValue(),
        prepared.jobs(),
        codec,
        TableCodec.decodedSpec(columns),
        task -> explainedKeys.get(task).getString(),
        "explaining " + rows.numRows() + " rows with " + spec.name());
  }

  /**
   * Builds the chosen method and its row jobs, as the catalogue builds it for the command line.
   *
   * @param spec the chosen method
   * @param values its checked settings
   * @param schema the schema of the rows (no target column)
   * @param rows the explained rows
   * @param other the rows of the second table
   * @return the jobs
   * @throws IllegalArgumentException if the settings do not suit the data
   */
  protected abstract Prepared<R> prepare(
      MethodSpec spec, ParameterValues values, Schema schema, Dataset rows, Dataset other);

  @Override
  public final List<String> outputs(DataTableSpec answers, String chosen)
      throws InvalidSettingsException {
    return LoopAnswers.probabilityColumns(answers, chosen);
  }

  @Override
  public final DataTableSpec[] resultSpecs(DataTableSpec answers, String chosen)
      throws InvalidSettingsException {
    List<String> outputs = outputs(answers, chosen);
    return new DataTableSpec[] {
      configured == null ? null : AttributionRows.spec(configured.names(), outputs, extras)
    };
  }

  @Override
  public final LoopResults<R> results(List<String> outputs, ExecutionContext exec) {
    return new AttributionRows<>(
        exec,
        AttributionRows.spec(features.names(), outputs, extras),
        explainedKeys,
        outputs.size(),
        this::block);
  }

  /**
   * One explained row's numbers for one output: the attributions, the base value, the prediction
   * and the extras.
   *
   * @param result the row's result
   * @param output the output
   * @return the numbers
   */
  protected abstract double[] block(R result, int output);

  @Override
  public final void reset() {
    features = null;
    explainedKeys = null;
  }
}
