package org.glasswing.core.gradient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Gradient × input (Shrikumar et al., 2016): each input coordinate times the partial derivative of
 * the class probability with respect to it, signed; the first-order Taylor share of each input
 * against an all-zero input. For a nominal attribute only the indicator of its current label is 1,
 * so it gets that indicator's derivative. There is no base value. Immutable.
 */
public final class GradientTimesInput extends GradientExplainer {

  /** The method's name. */
  public static final String METHOD = "gradient-x-input";

  /** Creates the method. */
  public GradientTimesInput() {}

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  protected Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("score", "probability");
    return settings;
  }

  @Override
  protected Attribution attribute(Point point, int target, SplittableRandom random) {
    double[] x = point.input();
    double[] gradient =
        point.model().inputGradients(new double[][] {x}, new int[] {target}, Score.PROBABILITY)[0];
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] *= x[i];
    }
    return new Attribution(point.toFeatures(gradient), null, Double.NaN, Map.of());
  }
}
