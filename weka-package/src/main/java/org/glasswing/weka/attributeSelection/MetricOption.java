package org.glasswing.weka.attributeSelection;

import org.glasswing.core.global.Metric;
import org.glasswing.weka.InvalidOptionException;

/** The {@code -metric} option of {@link PermutationAttributeEval}. */
final class MetricOption {

  private MetricOption() {}

  /**
   * Checks a metric name.
   *
   * @param metric {@code default} or a metric of the core
   * @return the name
   * @throws InvalidOptionException if there is no such metric
   */
  static String check(String metric) {
    if (metric == null || !"default".equals(metric)) {
      try {
        Metric.parse(metric == null ? "" : metric);
      } catch (IllegalArgumentException e) {
        throw new InvalidOptionException(
            "metric",
            metric,
            "unknown metric",
            "use one of default, "
                + String.join(
                    ", ", java.util.Arrays.stream(Metric.values()).map(Metric::label).toList()),
            e);
      }
    }
    return metric;
  }
}
