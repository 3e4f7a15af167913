package org.glasswing.weka.filters;

import java.io.File;
import java.util.Enumeration;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.SchemeOptions;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplanationProperties;
import org.glasswing.weka.explain.ExplanationTarget;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.Option;
import weka.core.OptionMetadata;
import weka.filters.SimpleBatchFilter;

/**
 * The options of {@link AddExplanation}: the classifier (or saved model), the class to explain, and
 * the method and its settings, which {@link CatalogueSchemeOptions} derives from the catalogue.
 * Each setter refuses a value it cannot use with one message naming the option and the fix, and
 * {@link #setOptions} reads the command line strictly.
 */
public abstract class ExplanationFilterOptions extends SimpleBatchFilter
    implements ExplanationProperties {

  private static final long serialVersionUID = 1L;

  private Classifier classifier = new J48();
  private File serializedModel = new File(System.getProperty("user.dir"));
  private String target = "predicted";
  private final CatalogueSchemeOptions explanation = new CatalogueSchemeOptions();

  /** Creates the options with their defaults: J48, automatic method, the predicted class. */
  protected ExplanationFilterOptions() {}

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
    this.classifier = OptionRange.given("W", classifier, "weka.classifiers.trees.J48");
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
    this.serializedModel = OptionRange.given("serialized", file, "j48.model");
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
      displayOrder = 3)
  public String getTarget() {
    return target;
  }

  /**
   * Sets which class is explained.
   *
   * @param target {@code predicted} or a class label
   */
  public void setTarget(String target) {
    this.target = ExplanationTarget.check(target);
  }

  @Override
  public CatalogueSchemeOptions explanation() {
    return explanation;
  }

  @Override
  public Enumeration<Option> listOptions() {
    return withMethodOptions(super.listOptions());
  }

  @Override
  public String[] getOptions() {
    return withMethodOptions(super.getOptions());
  }

  /**
   * Sets the options strictly: a value that cannot be used, a classifier that cannot be built or an
   * unknown option fails with one message naming it (Weka's default keeps the old value).
   *
   * @param options the options
   * @throws Exception naming the first bad option
   */
  @Override
  public void setOptions(String[] options) throws Exception {
    explanation.setOptions(options);
    SchemeOptions.setFilterOptions(this, options);
  }
}
