package org.glasswing.knime.audit;

import java.io.ObjectStreamException;
import java.io.Serial;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.glasswing.knime.bridge.PredictionBridge;
import weka.classifiers.AbstractClassifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The KNIME predictor inside an Audit Report loop, seen by the audit as a trained Weka classifier:
 * every prediction is asked of the loop through a {@link PredictionBridge}, in whole batches. It
 * cannot be trained (the audit retrains only the learner it is given). Copies the audit makes for
 * its worker threads (Weka copies a classifier by serialising it) resolve to the same predictor,
 * whose bridge is thread-safe.
 */
public final class KnimePredictor extends AbstractClassifier {

  @Serial private static final long serialVersionUID = 1L;

  private static final AtomicLong IDS = new AtomicLong();
  private static final Map<Long, KnimePredictor> LIVE = new ConcurrentHashMap<>();

  private final long id;
  private final transient PredictionBridge bridge;
  private final transient Instances header;

  /**
   * Creates the predictor and registers it until {@link #release}.
   *
   * @param bridge where predictions are asked
   * @param header the attributes the rows follow, with the class index set
   */
  KnimePredictor(PredictionBridge bridge, Instances header) {
    this.id = IDS.incrementAndGet();
    this.bridge = bridge;
    this.header = new Instances(header, 0);
    LIVE.put(id, this);
  }

  /** Forgets the predictor, so that a finished audit's copies no longer resolve to it. */
  void release() {
    LIVE.remove(id);
  }

  @Serial
  private Object readResolve() throws ObjectStreamException {
    KnimePredictor live = LIVE.get(id);
    if (live == null) {
      throw new java.io.InvalidObjectException("the Audit Report loop has ended");
    }
    return live;
  }

  @Override
  public void buildClassifier(Instances data) {
    throw new UnsupportedOperationException(
        "the KNIME predictor of an Audit Report loop is trained in KNIME, not by the audit");
  }

  @Override
  public double[] distributionForInstance(Instance instance) {
    return bridge.predict(new double[][] {values(instance)})[0];
  }

  @Override
  public double[][] distributionsForInstances(Instances batch) {
    double[][] rows = new double[batch.numInstances()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = values(batch.instance(r));
    }
    return bridge.predict(rows);
  }

  private double[] values(Instance instance) {
    double[] row = instance.toDoubleArray();
    if (row.length != header.numAttributes()) {
      throw new IllegalArgumentException(
          "a row of " + row.length + " values for " + header.numAttributes() + " attributes");
    }
    row[header.classIndex()] = Double.NaN; // the class is never the predictor's input
    return row;
  }

  @Override
  public boolean implementsMoreEfficientBatchPrediction() {
    return true;
  }

  @Override
  public String[] getOptions() {
    return new String[0];
  }

  @Override
  public String toString() {
    return "the KNIME predictor inside the Audit Report loop";
  }
}
