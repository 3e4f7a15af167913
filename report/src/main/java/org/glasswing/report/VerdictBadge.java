package org.glasswing.report;

import org.glasswing.core.sanity.Verdict;

/** A verdict as a small coloured label, styled inline so that it needs no stylesheet change. */
final class VerdictBadge {

  private VerdictBadge() {}

  static String html(Verdict verdict) {
    String colour =
        switch (verdict) {
          case PASS -> "#1a7f37";
          case WARN -> "#9a6700";
          case FAIL -> "#cf222e";
        };
    return "<span class=\"verdict verdict-"
        + verdict.name().toLowerCase(java.util.Locale.ROOT)
        + "\" style=\"display:inline-block;padding:0 0.45em;border-radius:0.6em;color:#fff;"
        + "font-weight:700;font-size:0.85em;background:"
        + colour
        + "\">"
        + verdict.name()
        + "</span>";
  }
}
