package org.glasswing.weka.explain;

import weka.core.TechnicalInformation;

/**
 * The reference of the Shapley explanations, for the schemes' {@code getTechnicalInformation()}.
 */
public final class ShapCitation {

  private ShapCitation() {}

  /**
   * Lundberg and Lee, NeurIPS 2017, to which a scheme may add further references.
   *
   * @return a new entry
   */
  public static TechnicalInformation lundbergLee2017() {
    TechnicalInformation result = new TechnicalInformation(TechnicalInformation.Type.INPROCEEDINGS);
    result.setValue(TechnicalInformation.Field.AUTHOR, "Scott M. Lundberg and Su-In Lee");
    result.setValue(
        TechnicalInformation.Field.TITLE, "A Unified Approach to Interpreting Model Predictions");
    result.setValue(
        TechnicalInformation.Field.BOOKTITLE,
        "Advances in Neural Information Processing Systems 30");
    result.setValue(TechnicalInformation.Field.YEAR, "2017");
    result.setValue(TechnicalInformation.Field.PAGES, "4765-4774");
    return result;
  }
}
