package org.glasswing.report;

import java.util.Objects;

/**
 * One thing an auditor must know from a section, in plain words with its figures, for the summary
 * on top of the report (such as "Accuracy 76.1% (95% interval 73.4% to 78.6%)").
 *
 * @param tone whether it is a plain fact, good news or a warning
 * @param text the finding, as plain text
 */
public record Finding(Tone tone, String text) {

  /** How a finding reads: a fact, a passed check, or something to act on. */
  public enum Tone {
    /** A figure without a verdict. */
    FACT,
    /** A check that passed. */
    GOOD,
    /** Something that falls short or needs care. */
    WARNING
  }

  /**
   * Checks both parts are given.
   *
   * @param tone how it reads
   * @param text the finding
   */
  public Finding {
    Objects.requireNonNull(tone, "tone");
    Objects.requireNonNull(text, "text");
  }

  /**
   * A plain fact.
   *
   * @param text the finding
   * @return the finding
   */
  public static Finding fact(String text) {
    return new Finding(Tone.FACT, text);
  }

  /**
   * Good news.
   *
   * @param text the finding
   * @return the finding
   */
  public static Finding good(String text) {
    return new Finding(Tone.GOOD, text);
  }

  /**
   * A warning.
   *
   * @param text the finding
   * @return the finding
   */
  public static Finding warning(String text) {
    return new Finding(Tone.WARNING, text);
  }
}
