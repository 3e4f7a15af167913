package org.glasswing.core.gradient;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Vanilla gradient saliency (Simonyan, Vedaldi and Zisserman, 2014): how strongly the class
 * probability reacts to a small change of each input, the absolute value of its partial derivative.
 * An attribute with several coordinates (a nominal one's indicators) gets the sum of their absolute
 * derivatives. There is no base value. Immutable.
 */
public final class Saliency extends GradientExplainer {

  /** The method's name. */
  public static final String METHOD = "saliency";

  /** Creates the method. */
  public Saliency() {}

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
    double[] gradient =
        point.model()
            .inputGradients(new double[][] {point.input()}, new int[] {target}, Score.PROBABILITY)[
            0];
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] = Math.abs(gradient[i]);
    }
    return new Attribution(point.toFeatures(gradient), null, Double.NaN, Map.of());
  }
}
