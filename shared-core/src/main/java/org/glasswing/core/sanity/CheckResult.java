package org.glasswing.core.sanity;

import java.util.Objects;

/**
 * One measured value of one check for one method, with its verdict and the reason in one sentence.
 *
 * @param method the explainer's name, such as {@code exact-shapley}
 * @param test the check, such as {@code data-randomization}
 * @param measure what was measured, such as {@code spearman-abs}
 * @param value the value, averaged over rows (and repeats)
 * @param verdict PASS, WARN or FAIL
 * @param reason one plain sentence saying why
 */
public record CheckResult(
    String method, String test, String measure, double value, Verdict verdict, String reason) {

  /**
   * Checks every part is given.
   *
   * @param method the explainer's name
   * @param test the check
   * @param measure what was measured
   * @param value the value
   * @param verdict the verdict
   * @param reason the reason
   */
  public CheckResult {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
  }
}
