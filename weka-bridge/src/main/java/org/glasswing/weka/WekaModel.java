package org.glasswing.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.core.model.ModelEvaluationException;
import org.glasswing.core.tree.CompiledForest;
import org.glasswing.weka.tree.WekaTreeReader;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.BatchPredictor;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A trained Weka {@link Classifier} as a core {@link Model}. A nominal class gives one probability
 * per label ({@code distributionForInstance}); a numeric class gives one value ({@code
 * classifyInstance}). Classifiers that say they predict batches more efficiently are asked for
 * whole batches through Weka's {@link BatchPredictor}.
 *
 * <p>A J48, REPTree, RandomTree or RandomForest (exactly these classes) is read once into a {@link
 * CompiledForest} that answers every prediction instead of Weka: the same numbers (its reading
 * reproduces Weka's {@code distributionForInstance}, missing values included), several times
 * faster, and safe to share between threads. A tree whose structure cannot be read (another Weka
 * version, say) is left to Weka; {@link #isCompiled()} tells which.
 *
 * <p>Other Weka classifiers are not safe to share between threads, so {@link #copyForThread()}
 * returns a deep copy of the trained classifier.
 */
public final class WekaModel implements Model {

  private final Classifier classifier;
  private final Instances header;
  private final Schema schema;
  private final List<String> outputNames;
  private final CompiledForest compiled;

  /**
   * Wraps a trained classifier.
   *
   * @param classifier the trained classifier
   * @param header the attributes the classifier was trained on, with the class index set; only its
   *     structure is kept
   * @throws UserInputException if the header has an attribute Glasswing cannot handle
   * @throws IllegalArgumentException if the header has no class index
   */
  public WekaModel(Classifier classifier, Instances header) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    if (header.classIndex() < 0) {
      throw new IllegalArgumentException("the classifier's header has no class attribute");
    }
    this.header = new Instances(header, 0);
    this.schema = WekaData.schema(this.header);
    Attribute target = this.header.classAttribute();
    List<String> names = new ArrayList<>();
    if (target.isNominal()) {
      for (int v = 0; v < target.numValues(); v++) {
        names.add(target.value(v));
      }
    } else {
      names.add(target.name());
    }
    this.outputNames = List.copyOf(names);
    this.compiled = compile(classifier, schema);
  }

  /** The compiled form of a supported tree model, or null to predict with Weka. */
  private static CompiledForest compile(Classifier classifier, Schema schema) {
    if (!WekaTreeReader.isSupported(classifier)) {
      return null;
    }
    try {
      return CompiledForest.compile(WekaTreeReader.read(classifier, schema));
    } catch (IllegalArgumentException e) {
      // Untrained, or a structure the reader does not know: Weka itself answers, as for any model.
      return null;
    }
  }

  /**
   * Whether predictions come from a {@link CompiledForest} read from the classifier rather than
   * from Weka.
   *
   * @return true for a readable J48, REPTree, RandomTree or RandomForest
   */
  public boolean isCompiled() {
    return compiled != null;
  }

  /**
   * The wrapped classifier.
   *
   * @return the trained classifier
   */
  public Classifier classifier() {
    return classifier;
  }

  /**
   * The header the classifier reads, without rows.
   *
   * @return a copy of the header
   */
  public Instances header() {
    return new Instances(header, 0);
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  @Override
  public double[][] predict(double[][] rows) {
    try {
      if (compiled != null) {
        return compiled.predict(rows);
      }
      if (classifier instanceof BatchPredictor batch
          && batch.implementsMoreEfficientBatchPrediction()) {
        return predictBatch(batch, rows);
      }
      double[][] outputs = new double[rows.length][];
      boolean nominal = header.classAttribute().isNominal();
      for (int r = 0; r < rows.length; r++) {
        Instance instance = toInstance(rows[r], header);
        outputs[r] =
            nominal
                ? classifier.distributionForInstance(instance)
                : new double[] {classifier.classifyInstance(instance)};
      }
      return outputs;
    } catch (ModelEvaluationException e) {
      throw e;
    } catch (Exception e) {
      throw new ModelEvaluationException(
          "the Weka classifier "
              + classifier.getClass().getName()
              + " failed to predict: "
              + e.getMessage(),
          e);
    }
  }

  private double[][] predictBatch(BatchPredictor batch, double[][] rows) throws Exception {
    Instances data = new Instances(header, rows.length);
    for (double[] row : rows) {
      data.add(toInstance(row, header));
    }
    double[][] outputs = batch.distributionsForInstances(data);
    if (outputs.length != rows.length) {
      throw new ModelEvaluationException(
          "the Weka classifier "
              + classifier.getClass().getName()
              + " returned "
              + outputs.length
              + " predictions for "
              + rows.length
              + " rows",
          null);
    }
    return outputs;
  }

  private static Instance toInstance(double[] row, Instances header) {
    Instance instance = WekaData.instance(row, header);
    instance.setClassMissing();
    return instance;
  }

  @Override
  public boolean isThreadSafe() {
    return compiled != null;
  }

  @Override
  public Model copyForThread() {
    if (compiled != null) {
      return this;
    }
    try {
      return new WekaModel(AbstractClassifier.makeCopy(classifier), header);
    } catch (Exception e) {
      throw new ModelEvaluationException(
          "could not copy the Weka classifier " + classifier.getClass().getName(), e);
    }
  }
}
