package org.glasswing.weka.filters;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.weka.SavedModel;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.explain.ExplainerChoice;
import org.glasswing.weka.explain.ShapCitation;
import org.glasswing.weka.explain.WekaMethodNames;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.WekaException;
import weka.filters.SupervisedFilter;

/**
 * Adds the local explanation of a classifier's prediction to every instance, by any tabular local
 * method of the catalogue: one attribution attribute per input attribute ({@code shap_<name>}), the
 * base value ({@code shap_base}, the average prediction over the background) and, when the
 * predicted class is explained, which class that was ({@code shap_class}); LIME's extras follow the
 * attributions. Base value plus the attributions equal the classifier's probability of that class
 * (or its numeric prediction). The new attributes go just before the class attribute, so the
 * Explorer keeps the class.
 *
 * <p>The classifier is trained on the first batch (or read from {@code -serialized}), and the
 * background is sampled from that batch; later batches are explained with the same classifier and
 * background. Instances come out in the same order and number as they went in.
 */
public class AddExplanation extends ExplanationFilterOptions
    implements SupervisedFilter, TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  /** The prefix of every added attribute's name. */
  public static final String PREFIX = "shap_";

  // Fitted on the first batch; serializable so a FilteredClassifier can be saved.
  private Classifier actualClassifier;
  private Instances modelHeader;
  private Instances background;
  private transient ExplainerChoice choice;

  /** Creates the filter with its defaults: J48, automatic method, the predicted class. */
  public AddExplanation() {}

  @Override
  public String globalInfo() {
    return "Adds a local explanation of a classifier's prediction to every instance: one attribute"
        + " per input attribute (shap_<name>, the attribution), the base value (shap_base) and,"
        + " when the predicted class is explained, that class (shap_class); lime adds its"
        + " fidelity, intercept and local prediction (shap_fidelity, shap_intercept,"
        + " shap_local_prediction). For the Shapley methods, base value plus attributions equal"
        + " the predicted probability of the explained class. The classifier is trained on the"
        + " first batch, or read from a saved model; the background rows are drawn from the first"
        + " batch with the seed, as glasswing explain draws them from --train. The methods, their"
        + " settings and defaults are Glasswing's method catalogue (run glasswing methods).\n\n"
        + WekaMethodNames.methodList(WekaMethodNames.tabularMethods())
        + "\nFor more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation result = ShapCitation.lundbergLee2017();
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

  @Override
  protected void reset() {
    super.reset();
    actualClassifier = null;
    modelHeader = null;
    background = null;
    choice = null;
  }

  @Override
  public Capabilities getCapabilities() {
    Capabilities result;
    if (pretrained() != null || usesSavedModel()) {
      result = super.getCapabilities();
      result.enableAllAttributes();
      result.enableAllClasses();
      result.enable(Capabilities.Capability.MISSING_VALUES);
      result.enable(Capabilities.Capability.MISSING_CLASS_VALUES);
    } else {
      result = getClassifier().getCapabilities();
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
    ExplanationColumns.check(
        input, getTarget()); // clearer than the classifier's capability messages for these cases
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
    ExplanationColumns.check(input, getTarget());
    List<String> attributions =
        ExplanationColumns.attributionNames(
            input, getMethod(), explanation().settings().getOrDefault("groups", ""));
    return ExplanationColumns.outputFormat(input, getTarget(), getMethod(), attributions);
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
      output.add(
          ExplanationColumns.output(
              instances.instance(r),
              explanations.get(r),
              outputFormatPeek(),
              getTarget(),
              getMethod()));
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
    if (pretrained() != null) {
      trained = pretrained();
      header = new Instances(batch, 0);
      backgroundSource =
          pretrainedRows(batch, batch, "the background rows do not match the data to explain");
    } else if (usesSavedModel()) {
      SavedModel saved = loadSavedModel(batch);
      trained = saved.classifier();
      header = saved.header() != null ? saved.header() : new Instances(batch, 0);
    } else {
      trained = AbstractClassifier.makeCopy(getClassifier());
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
        choice = explanation().choose(model, WekaData.dataset(background));
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
        "predicted".equals(getTarget())
            ? TargetSelection.predicted()
            : TargetSelection.named(getTarget());
    try {
      List<Explanation> explanations =
          chosen.explain(rows, targets, getNumThreads(), ProgressListener.NONE);
      if (explanations.size() != instances.numInstances()) {
        throw new IllegalStateException(
            explanations.size() + " explanations for " + instances.numInstances() + " instances");
      }
      return explanations;
    } catch (IllegalArgumentException e) {
      throw new WekaException(e.getMessage(), e);
    }
  }

  /**
   * Runs the filter from the command line.
   *
   * @param args the options, such as {@code -i in.arff -o out.arff -c last}
   */
  public static void main(String[] args) {
    WekaCommandLine.exit(WekaCommandLine.runFilter(new AddExplanation(), args, System.err));
  }
}
