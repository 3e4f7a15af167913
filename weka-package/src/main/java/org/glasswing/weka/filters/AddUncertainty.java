package org.glasswing.weka.filters;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.glasswing.weka.ModelHeaders;
import org.glasswing.weka.SavedModel;
import org.glasswing.weka.SavedModelLoader;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.classifiers.ConformalClassifier;
import org.glasswing.weka.classifiers.HeldOutPredictions;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.WekaException;
import weka.filters.SimpleBatchFilter;
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
public class AddUncertainty extends SimpleBatchFilter implements SupervisedFilter {

  private static final long serialVersionUID = 1L;

  /** The prefix of every added attribute's name. */
  public static final String PREFIX = "unc_";

  private Classifier classifier = new J48();
  private File serializedModel = new File(System.getProperty("user.dir"));
  private boolean conformal = false;
  private double alpha = 0.1;
  private boolean mondrian = false;
  private double calibrationFraction = 0.3;
  private boolean ood = false;
  private int neighbours = OutOfDistribution.DEFAULT_K;
  private int seed = 1;

  // A classifier trained elsewhere (Knowledge Flow), with the rows the OOD score compares with.
  private Classifier pretrained;
  private Instances pretrainedReference;

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

  /**
   * The classifier trained on the first batch (unless a saved model is given).
   *
   * @return the classifier template
   */
  @OptionMetadata(
      displayName = "classifier",
      description = "The classifier to train on the first batch (default J48).",
      commandLineParamName = "W",
      commandLineParamSynopsis = "-W <classifier specification>",
      displayOrder = 1)
  public Classifier getClassifier() {
    return classifier;
  }

  /**
   * Sets the classifier to train.
   *
   * @param classifier the classifier template
   */
  public void setClassifier(Classifier classifier) {
    this.classifier = classifier;
  }

  /**
   * The saved model to score with instead of training; a directory means train.
   *
   * @return the model file or a directory
   */
  @OptionMetadata(
      displayName = "serialized model",
      description =
          "A saved .model file to use instead of training; a directory (the default) means train."
              + " With -conformal it must be a ConformalClassifier.",
      commandLineParamName = "serialized",
      commandLineParamSynopsis = "-serialized <file>",
      displayOrder = 2)
  public File getSerializedModel() {
    return serializedModel;
  }

  /**
   * Sets the saved model.
   *
   * @param file a {@code .model} file, or a directory to train instead
   */
  public void setSerializedModel(File file) {
    this.serializedModel = file;
  }

  /**
   * Whether conformal set sizes and p-values are added.
   *
   * @return true to add them
   */
  @OptionMetadata(
      displayName = "conformal",
      description =
          "Add the conformal prediction set's size and each class's p-value (the classifier is"
              + " trained on part of the first batch and calibrated on the rest).",
      commandLineParamName = "conformal",
      commandLineParamSynopsis = "-conformal",
      commandLineParamIsFlag = true,
      displayOrder = 3)
  public boolean getConformal() {
    return conformal;
  }

  /**
   * Sets whether conformal columns are added.
   *
   * @param conformal true to add them
   */
  public void setConformal(boolean conformal) {
    this.conformal = conformal;
  }

  /**
   * The conformal miscoverage level.
   *
   * @return alpha
   */
  @OptionMetadata(
      displayName = "alpha",
      description = "The conformal miscoverage level (with -conformal).",
      commandLineParamName = "alpha",
      commandLineParamSynopsis = "-alpha <level>",
      displayOrder = 4)
  public double getAlpha() {
    return alpha;
  }

  /**
   * Sets the conformal miscoverage level.
   *
   * @param alpha in (0, 1)
   */
  public void setAlpha(double alpha) {
    this.alpha = alpha;
  }

  /**
   * Whether conformal calibration is per class.
   *
   * @return true for Mondrian
   */
  @OptionMetadata(
      displayName = "Mondrian",
      description = "Calibrate each class on its own instances (with -conformal).",
      commandLineParamName = "mondrian",
      commandLineParamSynopsis = "-mondrian",
      commandLineParamIsFlag = true,
      displayOrder = 5)
  public boolean getMondrian() {
    return mondrian;
  }

  /**
   * Sets Mondrian calibration.
   *
   * @param mondrian true for per-class calibration
   */
  public void setMondrian(boolean mondrian) {
    this.mondrian = mondrian;
  }

  /**
   * The share of the first batch held out for conformal calibration.
   *
   * @return the fraction
   */
  @OptionMetadata(
      displayName = "calibration fraction",
      description = "The share of the first batch held out for calibration (with -conformal).",
      commandLineParamName = "calibration-fraction",
      commandLineParamSynopsis = "-calibration-fraction <fraction>",
      displayOrder = 6)
  public double getCalibrationFraction() {
    return calibrationFraction;
  }

  /**
   * Sets the calibration fraction.
   *
   * @param calibrationFraction in (0, 1)
   */
  public void setCalibrationFraction(double calibrationFraction) {
    this.calibrationFraction = calibrationFraction;
  }

  /**
   * Whether the out-of-distribution percentile is added.
   *
   * @return true to add it
   */
  @OptionMetadata(
      displayName = "out-of-distribution",
      description =
          "Add the percentile of each instance's k-NN distance among the first batch's own"
              + " (leave-one-out) k-NN distances.",
      commandLineParamName = "ood",
      commandLineParamSynopsis = "-ood",
      commandLineParamIsFlag = true,
      displayOrder = 7)
  public boolean getOod() {
    return ood;
  }

  /**
   * Sets whether the out-of-distribution percentile is added.
   *
   * @param ood true to add it
   */
  public void setOod(boolean ood) {
    this.ood = ood;
  }

  /**
   * The neighbour whose distance the out-of-distribution score uses.
   *
   * @return k
   */
  @OptionMetadata(
      displayName = "neighbours",
      description = "k: the out-of-distribution score uses the distance to the k-th nearest.",
      commandLineParamName = "K",
      commandLineParamSynopsis = "-K <k>",
      displayOrder = 8)
  public int getNeighbours() {
    return neighbours;
  }

  /**
   * Sets k.
   *
   * @param neighbours from 1 to the first batch's size minus 1
   */
  public void setNeighbours(int neighbours) {
    this.neighbours = neighbours;
  }

  /**
   * The seed of the calibration split.
   *
   * @return the seed
   */
  @OptionMetadata(
      displayName = "seed",
      description = "The seed of the conformal calibration split.",
      commandLineParamName = "S",
      commandLineParamSynopsis = "-S <seed>",
      displayOrder = 9)
  public int getSeed() {
    return seed;
  }

  /**
   * Sets the seed.
   *
   * @param seed the seed
   */
  public void setSeed(int seed) {
    this.seed = seed;
  }

  /**
   * Scores with a classifier trained elsewhere instead of training one or reading {@code
   * -serialized} (for hosts such as the Knowledge Flow that hand over a trained model). Not an
   * option. Conformal columns need a {@link ConformalClassifier}.
   *
   * @param trained the trained classifier; {@code null} to go back to the options
   * @param referenceRows the rows the out-of-distribution score compares with (its training set),
   *     with the header of the data to score; {@code null} to use the first batch
   */
  public void useTrainedClassifier(Classifier trained, Instances referenceRows) {
    this.pretrained = trained;
    this.pretrainedReference = referenceRows == null ? null : new Instances(referenceRows);
  }

  @Override
  protected void reset() {
    super.reset();
    model = null;
    firstBatch = null;
    reference = null;
    outOfDistribution = null;
  }

  private boolean usesSavedModel() {
    return serializedModel != null && !serializedModel.isDirectory();
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
    if (conformal) {
      added.add(new Attribute(PREFIX + "set_size"));
      for (int v = 0; v < input.classAttribute().numValues(); v++) {
        added.add(new Attribute(PREFIX + "p_" + input.classAttribute().value(v)));
      }
    }
    if (ood) {
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
    if (ood) {
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
    firstBatch = ood ? new Instances(batch) : new Instances(batch, 0);
    reference = firstBatch;
    outOfDistribution = null;
    if (pretrained != null) {
      if (conformal && !(pretrained instanceof ConformalClassifier)) {
        throw new WekaException(
            "conformal columns need a ConformalClassifier; the classifier is a "
                + pretrained.getClass().getName());
      }
      model = pretrained;
      if (pretrainedReference != null) {
        if (!pretrainedReference.equalHeaders(batch)) {
          throw new WekaException(
              "the reference rows do not match the data to score: "
                  + pretrainedReference.equalHeadersMsg(batch));
        }
        reference = pretrainedReference;
      }
    } else if (usesSavedModel()) {
      SavedModel saved;
      try {
        saved = SavedModelLoader.load(serializedModel.toPath());
      } catch (UserInputException e) {
        throw new WekaException(e.getMessage(), e);
      }
      if (saved.header() != null && !saved.header().equalHeaders(batch)) {
        throw new WekaException(
            "the data does not match the saved model's training header: "
                + ModelHeaders.difference(saved.header(), batch));
      }
      if (conformal && !(saved.classifier() instanceof ConformalClassifier)) {
        throw new WekaException(
            "-conformal with a saved model needs a ConformalClassifier; the model is a "
                + saved.classifier().getClass().getName());
      }
      model = saved.classifier();
    } else {
      Instances known = new Instances(batch);
      known.deleteWithMissingClass();
      if (conformal) {
        ConformalClassifier wrapper = new ConformalClassifier();
        wrapper.setClassifier(classifier);
        wrapper.setAlpha(alpha);
        wrapper.setMondrian(mondrian);
        wrapper.setCalibrationFraction(calibrationFraction);
        wrapper.setSeed(seed);
        wrapper.buildClassifier(known);
        model = wrapper;
      } else {
        try {
          model = Training.train(classifier, known, "the first batch");
        } catch (UserInputException e) {
          throw new WekaException(e.getMessage(), e);
        }
      }
    }
  }

  private OutOfDistribution outOfDistribution() throws WekaException {
    if (outOfDistribution == null) {
      try {
        outOfDistribution = OutOfDistribution.fit(WekaData.dataset(reference), neighbours);
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
    if (conformal) {
      PredictionSet set = ((ConformalClassifier) model).predictionSet(p);
      added[i++] = set.size();
      for (int c = 0; c < k; c++) {
        added[i++] = set.pValues().get(c);
      }
    }
    if (ood) {
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
    runFilter(new AddUncertainty(), args);
  }
}
