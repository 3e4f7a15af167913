package org.glasswing.weka.filters;

import java.io.File;
import org.glasswing.weka.ModelHeaders;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.SavedModel;
import org.glasswing.weka.SavedModelLoader;
import org.glasswing.weka.SchemeOptions;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaCommandLine;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.WekaException;
import weka.filters.SimpleBatchFilter;

/**
 * Where Glasswing's filters get their classifier: one trained on the first batch ({@code -W}, J48
 * by default) or a saved model ({@code -serialized}), read and checked against the first batch
 * here. Each setter refuses a value it cannot use with one message naming the option and the fix,
 * and {@link #setOptions} reads the command line strictly.
 */
public abstract class ClassifierSourceFilter extends SimpleBatchFilter {

  private static final long serialVersionUID = 1L;

  private Classifier classifier = new J48();
  private File serializedModel = new File(System.getProperty("user.dir"));
  // A classifier trained elsewhere (Knowledge Flow), with the rows to use instead of the batch.
  private Classifier pretrained;
  private Instances pretrainedRows;

  /** Creates the options with their defaults: J48, no saved model. */
  protected ClassifierSourceFilter() {}

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
    this.classifier = OptionRange.given("W", classifier, "weka.classifiers.trees.J48");
  }

  /**
   * The saved model to use instead of training; a directory means train.
   *
   * @return the model file or a directory
   */
  @OptionMetadata(
      displayName = "serialized model",
      description =
          "A saved .model file to use instead of training the classifier; a directory (the"
              + " default) means train.",
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
    this.serializedModel = OptionRange.given("serialized", file, "j48.model");
  }

  /**
   * Uses a classifier trained elsewhere instead of training one or reading {@code -serialized} (for
   * hosts such as the Knowledge Flow that hand over a trained model). Not an option.
   * AddUncertainty's conformal columns need a {@link
   * org.glasswing.weka.classifiers.ConformalClassifier}.
   *
   * @param trained the trained classifier; {@code null} to go back to the options
   * @param rows the rows used instead of the first batch (AddExplanation samples its background
   *     from them, AddUncertainty's out-of-distribution score compares with them), with the header
   *     of the data; {@code null} to use the first batch
   */
  public void useTrainedClassifier(Classifier trained, Instances rows) {
    this.pretrained = trained;
    this.pretrainedRows = rows == null ? null : new Instances(rows);
  }

  /**
   * The classifier handed over by {@link #useTrainedClassifier}.
   *
   * @return the classifier, or {@code null} to follow the options
   */
  protected Classifier pretrained() {
    return pretrained;
  }

  /**
   * The rows handed over with the classifier, checked against the first batch.
   *
   * @param batch the first batch
   * @param otherwise what to use when none were handed over
   * @param mismatch the message's start when they do not match, such as {@code the background rows
   *     do not match the data to explain}
   * @return the rows handed over, or {@code otherwise}
   * @throws WekaException when their header differs from the batch's
   */
  protected Instances pretrainedRows(Instances batch, Instances otherwise, String mismatch)
      throws WekaException {
    if (pretrainedRows == null) {
      return otherwise;
    }
    if (!pretrainedRows.equalHeaders(batch)) {
      throw new WekaException(mismatch + ": " + pretrainedRows.equalHeadersMsg(batch));
    }
    return pretrainedRows;
  }

  /**
   * Whether the saved model is used instead of training.
   *
   * @return true when {@link #getSerializedModel()} names a file
   */
  protected boolean usesSavedModel() {
    return serializedModel != null && !serializedModel.isDirectory();
  }

  /**
   * Reads the saved model and checks that the first batch matches its training header.
   *
   * @param batch the first batch
   * @return the classifier and, when saved with it, its header
   * @throws WekaException when the file cannot be read or the data does not match
   */
  protected SavedModel loadSavedModel(Instances batch) throws WekaException {
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
    return saved;
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
    SchemeOptions.setFilterOptions(this, options);
  }

  /**
   * Runs the filter for {@code weka.Run}: as the subclasses' {@code main}, a failure ends with a
   * non-zero exit code and one line on standard error.
   *
   * @param toRun this filter
   * @param options the command-line options
   */
  @Override
  public void run(Object toRun, String[] options) {
    ClassifierSourceFilter scheme = WekaCommandLine.scheme(toRun, ClassifierSourceFilter.class);
    WekaCommandLine.exit(WekaCommandLine.runFilter(scheme, options, System.err));
  }
}
