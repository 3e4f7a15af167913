package org.glasswing.weka.filters;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.weka.ModelHeaders;
import org.glasswing.weka.SavedModel;
import org.glasswing.weka.SavedModelLoader;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.explain.ExplainMethod;
import org.glasswing.weka.explain.ExplainerChoice;
import org.glasswing.weka.explain.ExplanationSettings;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
import weka.core.Capabilities;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.WekaException;
import weka.filters.SimpleBatchFilter;
import weka.filters.SupervisedFilter;

/**
 * Adds the Shapley explanation of a classifier's prediction to every instance: one attribution
 * attribute per input attribute ({@code shap_<name>}), the base value ({@code shap_base}, the
 * average prediction over the background) and, when the predicted class is explained, which class
 * that was ({@code shap_class}). Base value plus the attributions equal the classifier's
 * probability of that class (or its numeric prediction). The new attributes go just before the
 * class attribute, so the Explorer keeps the class.
 *
 * <p>The classifier is trained on the first batch (or read from {@code -serialized}), and the
 * background is sampled from that batch; later batches are explained with the same classifier and
 * background. Instances come out in the same order and number as they went in.
 */
public class AddExplanation extends SimpleBatchFilter
    implements SupervisedFilter, TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  /** The prefix of every added attribute's name. */
  public static final String PREFIX = "shap_";

  private Classifier classifier = new J48();
  private File serializedModel = new File(System.getProperty("user.dir"));
  private ExplainMethod method = ExplainMethod.AUTO;
  private String target = "predicted";
  private int budget = 0;
  private int backgroundSize = ExplanationSettings.DEFAULT_BACKGROUND_SIZE;
  private int seed = 1;
  private int numThreads = 0;

  // A classifier trained elsewhere (Knowledge Flow), with the rows its background is drawn from.
  private Classifier pretrained;
  private Instances pretrainedBackground;

  // Fitted on the first batch; serializable so a FilteredClassifier can be saved.
  private Classifier actualClassifier;
  private Instances modelHeader;
  private Instances background;
  private transient ExplainerChoice choice;

  /** Creates the filter with its defaults: J48, automatic method, the predicted class. */
  public AddExplanation() {}

  @Override
  public String globalInfo() {
    return "Adds Shapley values that explain a classifier's prediction for every instance: one"
        + " attribute per input attribute (shap_<name>), the base value (shap_base) and, when the"
        + " predicted class is explained, that class (shap_class). Base value plus attributions"
        + " equal the predicted probability of the explained class. The classifier is trained on"
        + " the first batch, or read from a saved model; the background rows are sampled from the"
        + " first batch. The method is TreeSHAP for J48, REPTree, RandomTree and RandomForest and"
        + " a model-agnostic estimate (KernelSHAP) otherwise.\n\nFor more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation result = new TechnicalInformation(TechnicalInformation.Type.INPROCEEDINGS);
    result.setValue(TechnicalInformation.Field.AUTHOR, "Scott M. Lundberg and Su-In Lee");
    result.setValue(
        TechnicalInformation.Field.TITLE, "A Unified Approach to Interpreting Model Predictions");
    result.setValue(
        TechnicalInformation.Field.BOOKTITLE,
        "Advances in Neural Information Processing Systems 30");
    result.setValue(TechnicalInformation.Field.YEAR, "2017");
    result.setValue(TechnicalInformation.Field.PAGES, "4765-4774");
    TechnicalInformation tree = result.add(TechnicalInformation.Type.ARTICLE);
    tree.setValue(
        TechnicalInformation.Field.AUTHOR,
        "Scott M. Lundberg and Gabriel Erion and Hugh Chen and Alex DeGrave and Jordan M. Prutkin"
            + " and Bala Nair and Ronit Katz and Jonathan Himmelfarb and Nisha Bansal and"
            + " Su-In Lee");
    tree.setValue(
        TechnicalInformation.Field.TITLE,
        "From local explanations to global understanding with explainable AI for trees");
    tree.setValue(TechnicalInformation.Field.JOURNAL, "Nature Machine Intelligence");
    tree.setValue(TechnicalInformation.Field.VOLUME, "2");
    tree.setValue(TechnicalInformation.Field.PAGES, "56-67");
    tree.setValue(TechnicalInformation.Field.YEAR, "2020");
    return result;
  }

  /**
   * The classifier trained on the first batch (unless a saved model is given).
   *
   * @return the classifier template
   */
  @OptionMetadata(
      displayName = "classifier",
      description = "The classifier to train on the first batch and explain (default J48).",
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
   * The saved model to explain instead of training; a directory means train.
   *
   * @return the model file or a directory
   */
  @OptionMetadata(
      displayName = "serialized model",
      description =
          "A saved .model file to explain instead of training the classifier; a directory"
              + " (the default) means train.",
      commandLineParamName = "serialized",
      commandLineParamSynopsis = "-serialized <file>",
      displayOrder = 2)
  public File getSerializedModel() {
    return serializedModel;
  }

  /**
   * Sets the saved model to explain.
   *
   * @param file a {@code .model} file, or a directory to train instead
   */
  public void setSerializedModel(File file) {
    this.serializedModel = file;
  }

  /**
   * The Shapley method.
   *
   * @return the method
   */
  @OptionMetadata(
      displayName = "method",
      description =
          "auto (TreeSHAP for J48, REPTree, RandomTree and RandomForest, else exact or"
              + " KernelSHAP), tree-shap, exact-shapley, sampling-shapley or kernel-shap.",
      commandLineParamName = "method",
      commandLineParamSynopsis =
          "-method <auto|tree-shap|exact-shapley|sampling-shapley|kernel-shap>",
      displayOrder = 3)
  public ExplainMethod getMethod() {
    return method;
  }

  /**
   * Sets the Shapley method.
   *
   * @param method the method
   */
  public void setMethod(ExplainMethod method) {
    this.method = method;
  }

  /**
   * Which class is explained.
   *
   * @return {@code predicted} or a class label
   */
  @OptionMetadata(
      displayName = "target class",
      description =
          "The class to explain: 'predicted' (each instance's predicted class) or a label.",
      commandLineParamName = "target",
      commandLineParamSynopsis = "-target <predicted|label>",
      displayOrder = 4)
  public String getTarget() {
    return target;
  }

  /**
   * Sets which class is explained.
   *
   * @param target {@code predicted} or a class label
   */
  public void setTarget(String target) {
    this.target = target;
  }

  /**
   * The most coalitions per instance for a model-agnostic method.
   *
   * @return the budget; 0 for automatic
   */
  @OptionMetadata(
      displayName = "budget",
      description =
          "Coalitions evaluated per instance by exact-shapley, sampling-shapley and kernel-shap; 0"
              + " for "
              + ExplanationSettings.DEFAULT_BUDGET
              + " (or the method's minimum). Each costs one prediction per background row.",
      commandLineParamName = "budget",
      commandLineParamSynopsis = "-budget <n>",
      displayOrder = 5)
  public int getBudget() {
    return budget;
  }

  /**
   * Sets the budget.
   *
   * @param budget coalitions per instance; 0 for automatic
   */
  public void setBudget(int budget) {
    this.budget = budget;
  }

  /**
   * How many background rows are sampled from the first batch.
   *
   * @return the background size
   */
  @OptionMetadata(
      displayName = "background size",
      description = "Background rows sampled from the first batch (all when it has fewer).",
      commandLineParamName = "background-size",
      commandLineParamSynopsis = "-background-size <n>",
      displayOrder = 6)
  public int getBackgroundSize() {
    return backgroundSize;
  }

  /**
   * Sets the background size.
   *
   * @param backgroundSize the number of rows, at least 1
   */
  public void setBackgroundSize(int backgroundSize) {
    this.backgroundSize = backgroundSize;
  }

  /**
   * The seed of the background sample and of sampled coalitions.
   *
   * @return the seed
   */
  @OptionMetadata(
      displayName = "seed",
      description = "The seed of the background sample and of sampled coalitions.",
      commandLineParamName = "S",
      commandLineParamSynopsis = "-S <seed>",
      displayOrder = 7)
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
   * The number of worker threads.
   *
   * @return the thread count; 0 for one per core
   */
  @OptionMetadata(
      displayName = "threads",
      description = "Worker threads; 0 for one per core. Results do not depend on it.",
      commandLineParamName = "num-threads",
      commandLineParamSynopsis = "-num-threads <n>",
      displayOrder = 8)
  public int getNumThreads() {
    return numThreads;
  }

  /**
   * Sets the number of worker threads.
   *
   * @param numThreads the thread count; 0 for one per core
   */
  public void setNumThreads(int numThreads) {
    this.numThreads = numThreads;
  }

  /**
   * Explains a classifier trained elsewhere instead of training one or reading {@code -serialized}
   * (for hosts such as the Knowledge Flow that hand over a trained model). Not an option.
   *
   * @param trained the trained classifier; {@code null} to go back to the options
   * @param backgroundSource the rows the background is sampled from, with the header of the data to
   *     explain; {@code null} to use the first batch
   */
  public void useTrainedClassifier(Classifier trained, Instances backgroundSource) {
    this.pretrained = trained;
    this.pretrainedBackground = backgroundSource == null ? null : new Instances(backgroundSource);
  }

  @Override
  protected void reset() {
    super.reset();
    actualClassifier = null;
    modelHeader = null;
    background = null;
    choice = null;
  }

  private boolean usesSavedModel() {
    return serializedModel != null && !serializedModel.isDirectory();
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result;
    if (pretrained != null || usesSavedModel()) {
      result = super.getCapabilities();
      result.enableAllAttributes();
      result.enableAllClasses();
      result.enable(Capabilities.Capability.MISSING_VALUES);
      result.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
    } else {
      result = classifier.getCapabilities();
    }
    // Glasswing explains numeric and nominal attributes only.
    result.disable(Capabilities.Capability.STRING_ATTRIBUTES);
    result.disable(Capabilities.Capability.DATE_ATTRIBUTES);
    result.disable(Capabilities.Capability.RELATIONAL_ATTRIBUTES);
    result.disable(Capabilities.Capability.STRING_CLASS);
    result.disable(Capabilities.Capability.DATE_CLASS);
    result.disable(Capabilities.Capability.RELATIONAL_CLASS);
    result.disable(Capabilities.Capability.NO_CLASS);
    result.setMinimumNumberInstances(0);
    return result;
  }

  @Override
  protected void testInputFormat(Instances input) throws Exception {
    checkFormat(input); // clearer than the classifier's capability messages for these cases
    super.testInputFormat(input);
  }

  @Override
  public boolean input(Instance instance) throws Exception {
    Instances header = inputFormatPeek();
    if (header != null && instance.dataset() != null && !header.equalHeaders(instance.dataset())) {
      throw new WekaException(
          "the data does not match the header AddExplanation was trained on: "
              + header.equalHeadersMsg(instance.dataset()));
    }
    return super.input(instance);
  }

  @Override
  protected Instances determineOutputFormat(Instances input) throws Exception {
    checkFormat(input);
    int classIndex = input.classIndex();
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a == classIndex) {
        attributes.addAll(newAttributes(input));
      }
      attributes.add((Attribute) input.attribute(a).copy());
    }
    Instances output = new Instances(input.relationName(), attributes, 0);
    output.setClassIndex(classIndex + newAttributes(input).size());
    return output;
  }

  private boolean explainsPredicted(Instances input) {
    return "predicted".equals(target) && input.classAttribute().isNominal();
  }

  private List<Attribute> newAttributes(Instances input) {
    List<Attribute> added = new ArrayList<>();
    if (explainsPredicted(input)) {
      List<String> labels = new ArrayList<>();
      for (int v = 0; v < input.classAttribute().numValues(); v++) {
        labels.add(input.classAttribute().value(v));
      }
      added.add(new Attribute(PREFIX + "class", labels));
    }
    added.add(new Attribute(PREFIX + "base"));
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a != input.classIndex()) {
        added.add(new Attribute(PREFIX + input.attribute(a).name()));
      }
    }
    return added;
  }

  private void checkFormat(Instances input) throws WekaException {
    if (input.classIndex() < 0) {
      throw new WekaException("AddExplanation needs a class attribute; none is set");
    }
    Attribute classAttribute = input.classAttribute();
    if (classAttribute.isNominal() && classAttribute.numValues() < 2) {
      throw new WekaException(
          "the class attribute '"
              + classAttribute.name()
              + "' has "
              + (classAttribute.numValues() == 0 ? "no values" : "a single value")
              + "; explaining a prediction needs at least two classes");
    }
    try {
      WekaData.schema(input);
    } catch (UserInputException e) {
      throw new WekaException(e.getMessage());
    }
    if (classAttribute.isNominal() && !"predicted".equals(target)) {
      if (target == null || classAttribute.indexOfValue(target) < 0) {
        List<String> labels = new ArrayList<>();
        for (int v = 0; v < classAttribute.numValues(); v++) {
          labels.add(classAttribute.value(v));
        }
        throw new WekaException(
            "no class '"
                + target
                + "' to explain: the classes are "
                + String.join(", ", labels)
                + " (or use 'predicted')");
      }
    }
  }

  @Override
  protected Instances process(Instances instances) throws Exception {
    if (!isFirstBatchDone()) {
      fit(instances);
    }
    Instances output = new Instances(getOutputFormat(), instances.numInstances());
    if (instances.numInstances() == 0) {
      return output;
    }
    List<Explanation> explanations = explain(instances);
    for (int r = 0; r < instances.numInstances(); r++) {
      output.add(outputInstance(instances.instance(r), explanations.get(r)));
    }
    return output;
  }

  private void fit(Instances batch) throws Exception {
    if (batch.numInstances() == 0) {
      throw new WekaException("AddExplanation needs a first batch with instances to learn from");
    }
    Classifier trained;
    Instances header;
    Instances backgroundSource = batch;
    if (pretrained != null) {
      trained = pretrained;
      header = new Instances(batch, 0);
      if (pretrainedBackground != null) {
        if (!pretrainedBackground.equalHeaders(batch)) {
          throw new WekaException(
              "the background rows do not match the data to explain: "
                  + pretrainedBackground.equalHeadersMsg(batch));
        }
        backgroundSource = pretrainedBackground;
      }
    } else if (usesSavedModel()) {
      SavedModel saved;
      try {
        saved = SavedModelLoader.load(serializedModel.toPath());
      } catch (UserInputException e) {
        throw new WekaException(e.getMessage(), e);
      }
      trained = saved.classifier();
      header = saved.header() != null ? saved.header() : new Instances(batch, 0);
      if (saved.header() != null && !saved.header().equalHeaders(batch)) {
        throw new WekaException(
            "the data does not match the saved model's training header: "
                + ModelHeaders.difference(saved.header(), batch));
      }
    } else {
      trained = AbstractClassifier.makeCopy(classifier);
      trained.buildClassifier(new Instances(batch));
      header = new Instances(batch, 0);
    }
    actualClassifier = trained;
    modelHeader = header;
    background = new Instances(backgroundSource);
    choice = null;
  }

  private ExplainerChoice choice() throws WekaException {
    if (choice == null) {
      WekaModel model = new WekaModel(actualClassifier, modelHeader);
      try {
        choice =
            new ExplanationSettings(method, budget, backgroundSize, seed)
                .choose(model, WekaData.dataset(background));
      } catch (IllegalArgumentException e) {
        throw new WekaException(e.getMessage(), e);
      }
    }
    return choice;
  }

  private List<Explanation> explain(Instances instances) throws Exception {
    if (modelHeader != null && !modelHeader.equalHeaders(instances)) {
      throw new WekaException(
          "the data does not match the header AddExplanation was trained on: "
              + modelHeader.equalHeadersMsg(instances));
    }
    ExplainerChoice chosen = choice();
    Dataset rows = WekaData.dataset(instances);
    TargetSelection targets =
        "predicted".equals(target) ? TargetSelection.predicted() : TargetSelection.named(target);
    try {
      List<Explanation> explanations =
          chosen.explain(rows, targets, numThreads, ProgressListener.NONE);
      if (explanations.size() != instances.numInstances()) {
        throw new IllegalStateException(
            explanations.size() + " explanations for " + instances.numInstances() + " instances");
      }
      return explanations;
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  private Instance outputInstance(Instance in, Explanation explanation) {
    Instances format = outputFormatPeek();
    double[] values = new double[format.numAttributes()];
    int classIndex = in.classIndex();
    int out = 0;
    for (int a = 0; a < in.numAttributes(); a++) {
      if (a == classIndex) {
        if (explainsPredicted(in.dataset())) {
          values[out++] = explanation.targetIndex();
        }
        values[out++] = explanation.baseValue();
        for (int f = 0; f < explanation.size(); f++) {
          values[out++] = explanation.attribution(f);
        }
      }
      values[out++] = in.value(a);
    }
    return new DenseInstance(in.weight(), values);
  }

  /**
   * Runs the filter from the command line.
   *
   * @param args the options, such as {@code -i in.arff -o out.arff -c last}
   */
  public static void main(String[] args) {
    runFilter(new AddExplanation(), args);
  }
}
