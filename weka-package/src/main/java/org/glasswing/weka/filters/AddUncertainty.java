package org.glasswing.weka.filters;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.glasswing.weka.SavedModel;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.classifiers.ConformalClassifier;
import org.glasswing.weka.classifiers.HeldOutPredictions;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.WekaException;
import weka.filters.SupervisedFilter;

/**
 * Adds how uncertain a classifier's prediction is to every instance: the largest class probability
 * ({@code unc_max_prob}), the margin between the two largest ({@code unc_margin}) and the entropy
 * in nats ({@code unc_entropy}); optionally the size of the conformal prediction set and every
 * class's conformal p-value ({@code -conformal}), and how unusual the instance is among the first
 * batch's instances ({@code -ood}: the percentile of its distance to the k-th nearest of them). The
 * new attributes go just before the class attribute; instances keep their order and number.
 *
 * <p>The classifier is trained on the first batch (with {@code -conformal}: wrapped in a {@link
 * ConformalClassifier}, which holds part of the batch out to calibrate) or read from {@code
 * -serialized}; later batches are scored with the same model.
 */
public class AddUncertainty extends UncertaintyFilterOptions implements SupervisedFilter {

  private static final long serialVersionUID = 1L;

  /** The prefix of every added attribute's name. */
  public static final String PREFIX = "unc_";

  private Classifier model;
  private Instances firstBatch;
  private Instances reference;
  private transient OutOfDistribution outOfDistribution;

  /** Creates the filter with its defaults: J48, the three probability scores only. */
  public AddUncertainty() {}

  @Override
  public String globalInfo() {
    return "Adds how uncertain a classifier's prediction is to every instance: the largest class"
        + " probability (unc_max_prob), the margin between the two largest (unc_margin) and the"
        + " entropy in nats (unc_entropy); with -conformal the size of the split-conformal"
        + " prediction set (unc_set_size) and each class's p-value (unc_p_<class>); with -ood the"
        + " percentile of the instance's distance to its k-th nearest first-batch instance among"
        + " the first batch's own such distances (unc_ood_percentile; near 100 = unusual). The"
        + " classifier is trained on the first batch or read from a saved model.";
  }

  @Override
  protected void reset() {
    super.reset();
    model = null;
    firstBatch = null;
    reference = null;
    outOfDistribution = null;
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result = super.getCapabilities();
    result.enableAllAttributes();
    result.enable(Capabilities.Capability.MISSING_VALUES);
    result.enable(Capabilities.Capability.NOMINAL_CLASS);
    result.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  protected void testInputFormat(Instances input) throws Exception {
    HeldOutPredictions.checkData(input, "AddUncertainty");
    super.testInputFormat(input);
  }

  @Override
  public boolean input(Instance instance) throws Exception {
    Instances header = inputFormatPeek();
    if (header != null && instance.dataset() != null && !header.equalHeaders(instance.dataset())) {
      throw new WekaException(
          "the data does not match the header AddUncertainty was trained on: "
              + header.equalHeadersMsg(instance.dataset()));
    }
    return super.input(instance);
  }

  @Override
  protected Instances determineOutputFormat(Instances input) throws Exception {
    HeldOutPredictions.checkData(input, "AddUncertainty");
    int classIndex = input.classIndex();
    ArrayList<Attribute> attributes = new ArrayList<>();
    List<Attribute> added = newAttributes(input);
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a == classIndex) {
        attributes.addAll(added);
      }
      attributes.add((Attribute) input.attribute(a).copy());
    }
    Instances output = new Instances(input.relationName(), attributes, 0);
    output.setClassIndex(classIndex + added.size());
    return output;
  }

  private List<Attribute> newAttributes(Instances input) {
    List<Attribute> added = new ArrayList<>();
    added.add(new Attribute(PREFIX + "max_prob"));
    added.add(new Attribute(PREFIX + "margin"));
    added.add(new Attribute(PREFIX + "entropy"));
    if (getConformal()) {
      added.add(new Attribute(PREFIX + "set_size"));
      for (int v = 0; v < input.classAttribute().numValues(); v++) {
        added.add(new Attribute(PREFIX + "p_" + input.classAttribute().value(v)));
      }
    }
    if (getOod()) {
      added.add(new Attribute(PREFIX + "ood_percentile"));
    }
    return added;
  }

  @Override
  protected Instances process(Instances instances) throws Exception {
    boolean first = !isFirstBatchDone();
    if (first) {
      fit(instances);
    } else if (!firstBatch.equalHeaders(instances)) {
      throw new WekaException(
          "the data does not match the header AddUncertainty was trained on: "
              + firstBatch.equalHeadersMsg(instances));
    }
    Instances output = new Instances(getOutputFormat(), instances.numInstances());
    if (instances.numInstances() == 0) {
      return output;
    }
    List<OutOfDistribution.Score> distances = null;
    if (getOod()) {
      distances =
          first && reference == firstBatch
              ? outOfDistribution().trainingScores() // each row left out of its own neighbours
              : outOfDistribution()
                  .score(WekaData.dataset(instances), CancellationToken.ofCallingThread());
    }
    List<double[]> added = new ArrayList<>();
    for (int r = 0; r < instances.numInstances(); r++) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
      added.add(scores(instances.instance(r), distances == null ? null : distances.get(r)));
    }
    for (int r = 0; r < instances.numInstances(); r++) {
      output.add(outputInstance(instances.instance(r), added.get(r)));
    }
    return output;
  }

  private void fit(Instances batch) throws Exception {
    if (batch.numInstances() == 0) {
      throw new WekaException("AddUncertainty needs a first batch with instances to learn from");
    }
    // the rows are kept only for the out-of-distribution score (a saved FilteredClassifier holds
    // them); otherwise the header is enough
    firstBatch = getOod() ? new Instances(batch) : new Instances(batch, 0);
    reference = firstBatch;
    outOfDistribution = null;
    if (pretrained() != null) {
      if (getConformal() && !(pretrained() instanceof ConformalClassifier)) {
        throw new WekaException(
            "conformal columns need a ConformalClassifier; the classifier is a "
                + pretrained().getClass().getName());
      }
      model = pretrained();
      reference =
          pretrainedRows(batch, firstBatch, "the reference rows do not match the data to score");
    } else if (usesSavedModel()) {
      SavedModel saved = loadSavedModel(batch);
      if (getConformal() && !(saved.classifier() instanceof ConformalClassifier)) {
        throw new WekaException(
            "-conformal with a saved model needs a ConformalClassifier; the model is a "
                + saved.classifier().getClass().getName());
      }
      model = saved.classifier();
    } else {
      Instances known = new Instances(batch);
      known.deleteWithMissingClass();
      if (getConformal()) {
        ConformalClassifier wrapper = new ConformalClassifier();
        wrapper.setClassifier(getClassifier());
        wrapper.setAlpha(getAlpha());
        wrapper.setMondrian(getMondrian());
        wrapper.setCalibrationFraction(getCalibrationFraction());
        wrapper.setSeed(getSeed());
        wrapper.buildClassifier(known);
        model = wrapper;
      } else {
        try {
          model = Training.train(getClassifier(), known, "the first batch");
        } catch (UserInputException e) {
          throw new WekaException(e.getMessage(), e);
        }
      }
    }
  }

  private OutOfDistribution outOfDistribution() throws WekaException {
    if (outOfDistribution == null) {
      try {
        outOfDistribution = OutOfDistribution.fit(WekaData.dataset(reference), getNeighbours());
      } catch (IllegalArgumentException | UserInputException e) {
        throw new WekaException(e.getMessage(), e);
      }
    }
    return outOfDistribution;
  }

  private double[] scores(Instance instance, OutOfDistribution.Score distance) throws Exception {
    int k = instance.classAttribute().numValues();
    double[] p = model.distributionForInstance(instance);
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    double[] added = new double[newAttributes(instance.dataset()).size()];
    int i = 0;
    if (sum > 0) {
      PredictiveScores scores;
      try {
        scores = PredictiveScores.of(normalised(p, sum));
      } catch (IllegalArgumentException e) {
        throw new WekaException(
            model.getClass().getName() + " returned an invalid distribution: " + e.getMessage(), e);
      }
      added[i++] = scores.maxProbability();
      added[i++] = scores.margin();
      added[i++] = scores.entropy();
    } else {
      // the classifier abstained: no scores
      added[i++] = weka.core.Utils.missingValue();
      added[i++] = weka.core.Utils.missingValue();
      added[i++] = weka.core.Utils.missingValue();
    }
    if (getConformal()) {
      PredictionSet set = ((ConformalClassifier) model).predictionSet(p);
      added[i++] = set.size();
      for (int c = 0; c < k; c++) {
        added[i++] = set.pValues().get(c);
      }
    }
    if (getOod()) {
      added[i++] = distance.knnPercentile();
    }
    return added;
  }

  private static double[] normalised(double[] p, double sum) {
    double[] q = new double[p.length];
    for (int c = 0; c < p.length; c++) {
      q[c] = p[c] / sum;
    }
    return q;
  }

  private Instance outputInstance(Instance in, double[] added) {
    Instances format = outputFormatPeek();
    double[] values = new double[format.numAttributes()];
    int classIndex = in.classIndex();
    int out = 0;
    for (int a = 0; a < in.numAttributes(); a++) {
      if (a == classIndex) {
        for (double v : added) {
          values[out++] = v;
        }
      }
      values[out++] = in.value(a);
    }
    return new DenseInstance(in.weight(), values);
  }

  /**
   * Runs the filter from the command line.
   *
   * @param args the options, such as {@code -i in.arff -o out.arff -c last -conformal}
   */
  public static void main(String[] args) {
    WekaCommandLine.exit(WekaCommandLine.runFilter(new AddUncertainty(), args, System.err));
  }
}
