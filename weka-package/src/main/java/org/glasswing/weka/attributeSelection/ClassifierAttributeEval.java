package org.glasswing.weka.attributeSelection;

import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.SchemeOptions;
import org.glasswing.weka.WekaCommandLine;
import weka.attributeSelection.ASEvaluation;
import weka.attributeSelection.AttributeEvaluator;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.Capabilities;
import weka.core.Instances;
import weka.core.OptionMetadata;
import weka.core.WekaException;

/**
 * What Glasswing's attribute evaluators share: the classifier they train ({@code -W}, J48 by
 * default), its capabilities limited to what Glasswing reads, the class checks, the merits with
 * their spread as {@link #evaluateAttribute} answers and {@code toString()} lists them, and strict
 * option reading.
 */
public abstract class ClassifierAttributeEval extends ASEvaluation implements AttributeEvaluator {

  private static final long serialVersionUID = 1L;

  private Classifier classifier = new J48();
  private double[] merits;
  private double[] spreads;
  private transient Instances header;

  /** Creates the evaluator around J48. */
  protected ClassifierAttributeEval() {}

  /**
   * The classifier trained and scored.
   *
   * @return the classifier template
   */
  @OptionMetadata(
      displayName = "classifier",
      description = "The classifier to train and rank the attributes by (default J48).",
      commandLineParamName = "W",
      commandLineParamSynopsis = "-W <classifier specification>",
      displayOrder = 1)
  public Classifier getClassifier() {
    return classifier;
  }

  /**
   * Sets the classifier.
   *
   * @param classifier the classifier template
   */
  public void setClassifier(Classifier classifier) {
    this.classifier = OptionRange.given("W", classifier, "weka.classifiers.trees.J48");
  }

  /**
   * The classifier's capabilities without the attribute types Glasswing does not read.
   *
   * @param minimumInstances the fewest instances the evaluator needs
   * @return the capabilities
   */
  protected Capabilities classifierCapabilities(int minimumInstances) {
    Capabilities result = classifier.getCapabilities();
    result.disable(Capabilities.Capability.STRING_ATTRIBUTES);
    result.disable(Capabilities.Capability.DATE_ATTRIBUTES);
    result.disable(Capabilities.Capability.RELATIONAL_ATTRIBUTES);
    result.disable(Capabilities.Capability.NO_CLASS);
    result.setMinimumNumberInstances(minimumInstances);
    return result;
  }

  /**
   * Refuses data without a class, or with a nominal class of a single value.
   *
   * @param data the data to rank the attributes of
   * @param purpose what needs two classes, such as {@code permutation importance}
   * @throws WekaException naming the problem and the fix
   */
  protected void checkClass(Instances data, String purpose) throws WekaException {
    if (data.classIndex() < 0) {
      throw new WekaException(
          getClass().getSimpleName()
              + " needs a class attribute, but none is set; set one with -c (such as -c last) or"
              + " in the Explorer's class box");
    }
    if (data.classAttribute().isNominal() && data.classAttribute().numValues() < 2) {
      throw new WekaException(
          "the class attribute '"
              + data.classAttribute().name()
              + "' has a single value; "
              + purpose
              + " needs at least two classes");
    }
  }

  /**
   * Keeps the merits of the input attributes (the class and others score 0).
   *
   * @param data the data, whose header is kept for {@code toString()}
   * @param inputs the attribute index of each input
   * @param merit the merit of the input at a position of {@code inputs}
   * @param spread its standard error or deviation
   */
  protected void setMerits(
      Instances data, int[] inputs, IntToDoubleFunction merit, IntToDoubleFunction spread) {
    merits = new double[data.numAttributes()];
    spreads = new double[data.numAttributes()];
    for (int i = 0; i < inputs.length; i++) {
      merits[inputs[i]] = merit.applyAsDouble(i);
      spreads[inputs[i]] = spread.applyAsDouble(i);
    }
    header = new Instances(data, 0);
  }

  /**
   * Whether the evaluator has been built.
   *
   * @return true once the merits are known
   */
  protected boolean built() {
    return merits != null;
  }

  @Override
  public double evaluateAttribute(int attribute) throws Exception {
    if (merits == null) {
      throw new WekaException(getClass().getSimpleName() + " has not been built yet");
    }
    if (attribute < 0 || attribute >= merits.length) {
      throw new WekaException(
          "no attribute " + attribute + "; the data has " + merits.length + " attributes");
    }
    return merits[attribute];
  }

  /**
   * Lists each attribute but the class with its merit and spread.
   *
   * @param text where the lines go
   * @param heading the table's heading, such as {@code Importance +- its standard deviation}
   */
  protected void appendMerits(StringBuilder text, String heading) {
    if (header == null) {
      return;
    }
    text.append("\n\t").append(heading).append(":\n");
    for (int a = 0; a < merits.length; a++) {
      if (a != header.classIndex()) {
        text.append(
            String.format(
                Locale.ROOT,
                "\t%-24s %.4f +- %.4f%n",
                header.attribute(a).name(),
                merits[a],
                spreads[a]));
      }
    }
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
    SchemeOptions.setEvaluatorOptions(this, options);
  }

  /**
   * Runs the evaluator for {@code weka.Run}: as the subclasses' {@code main}, a failure ends with a
   * non-zero exit code and one line on standard error.
   *
   * @param toRun this evaluator
   * @param options the command-line options
   */
  @Override
  public void run(Object toRun, String[] options) {
    ClassifierAttributeEval scheme = WekaCommandLine.scheme(toRun, ClassifierAttributeEval.class);
    WekaCommandLine.exit(WekaCommandLine.runEvaluator(scheme, options, System.err));
  }
}
