package org.glasswing.weka.attributeSelection;

import java.util.Enumeration;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplanationProperties;
import weka.core.Option;

/**
 * The method options of {@link MeanShapleyAttributeEval}: the method and its settings, which {@link
 * CatalogueSchemeOptions} derives from the catalogue, as bean properties for the GUI and as
 * command-line options.
 */
public abstract class ExplanationEvaluatorOptions extends ClassifierAttributeEval
    implements ExplanationProperties {

  private static final long serialVersionUID = 1L;

  private final CatalogueSchemeOptions explanation = new CatalogueSchemeOptions();

  /** Creates the options at the catalogue's defaults. */
  protected ExplanationEvaluatorOptions() {}

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
