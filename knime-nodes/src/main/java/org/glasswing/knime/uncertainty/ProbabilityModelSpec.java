package org.glasswing.knime.uncertainty;

import java.util.List;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * The spec of a model fitted on a prediction table (a calibrator or a conformal classifier): what
 * it is, and the probability columns it reads with the class each stands for, so that a predictor
 * node can check its input and name its output columns at configure time.
 */
public final class ProbabilityModelSpec extends AbstractSimplePortObjectSpec {

  private String description = "";
  private List<String> probabilityColumns = List.of();
  private List<String> labels = List.of();

  /** Creates an empty spec, to be loaded by the framework. */
  public ProbabilityModelSpec() {}

  /**
   * Creates a spec.
   *
   * @param description what the model is, such as "platt calibrator"
   * @param columns the probability columns it reads and their labels
   */
  public ProbabilityModelSpec(String description, PredictionColumns columns) {
    this.description = description;
    this.probabilityColumns = columns.probabilityColumns();
    this.labels = columns.labels();
  }

  /** The serializer KNIME finds by reflection. */
  public static final class Serializer
      extends AbstractSimplePortObjectSpecSerializer<ProbabilityModelSpec> {
    /** Creates the serializer. */
    public Serializer() {}
  }

  /**
   * What the model is.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The probability columns the model reads, one per class.
   *
   * @return the column names
   */
  public List<String> probabilityColumns() {
    return probabilityColumns;
  }

  /**
   * The class of each probability column.
   *
   * @return the labels
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The columns as a prediction-columns record, without a class column.
   *
   * @return the columns
   */
  public PredictionColumns columns() {
    return new PredictionColumns(null, probabilityColumns, labels);
  }

  @Override
  protected void save(ModelContentWO model) {
    model.addString("description", description);
    model.addStringArray("probabilityColumns", probabilityColumns.toArray(new String[0]));
    model.addStringArray("labels", labels.toArray(new String[0]));
  }

  @Override
  protected void load(ModelContentRO model) throws InvalidSettingsException {
    description = model.getString("description");
    probabilityColumns = List.of(model.getStringArray("probabilityColumns"));
    labels = List.of(model.getStringArray("labels"));
    if (labels.size() != probabilityColumns.size()) {
      throw new InvalidSettingsException("the model has not one label per probability column");
    }
  }
}
