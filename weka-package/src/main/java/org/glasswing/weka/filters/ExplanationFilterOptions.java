package org.glasswing.weka.filters;

import java.util.Enumeration;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplanationProperties;
import org.glasswing.weka.explain.ExplanationTarget;
import weka.core.Option;
import weka.core.OptionMetadata;

/**
 * The options of {@link AddExplanation}: the classifier (or saved model), the class to explain, and
 * the method and its settings, which {@link CatalogueSchemeOptions} derives from the catalogue.
 * Each setter refuses a value it cannot use with one message naming the option and the fix, and
 * {@link #setOptions} reads the command line strictly.
 */
public abstract class ExplanationFilterOptions extends ClassifierSourceFilter
    implements ExplanationProperties {

  private static final long serialVersionUID = 1L;

  private String target = "predicted";
  private final CatalogueSchemeOptions explanation = new CatalogueSchemeOptions();

  /** Creates the options with their defaults: J48, automatic method, the predicted class. */
  protected ExplanationFilterOptions() {}

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
    super.setOptions(options);
  }
}
