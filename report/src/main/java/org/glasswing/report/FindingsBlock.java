package org.glasswing.report;

import java.util.List;
import java.util.Locale;

/**
 * The summary on top of the page: every section's findings, warnings first, each linked to the
 * section it comes from, so that an auditor reads what was found before the 20 sections that show
 * how.
 */
final class FindingsBlock {

  /** The id of the summary block, for links and tests. */
  static final String ID = "findings";

  private FindingsBlock() {}

  /**
   * Appends the block, or nothing when no section has a finding.
   *
   * @param report the report
   * @param html where to write
   */
  static void append(Report report, StringBuilder html) {
    StringBuilder warnings = new StringBuilder();
    StringBuilder others = new StringBuilder();
    int count = 0;
    for (ReportSection section : report.sections()) {
      List<Finding> findings = section.findings();
      for (Finding finding : findings) {
        StringBuilder into = finding.tone() == Finding.Tone.WARNING ? warnings : others;
        into.append("<li class=\"finding finding-")
            .append(finding.tone().name().toLowerCase(Locale.ROOT))
            .append("\">")
            .append(marker(finding.tone()))
            .append(Html.escape(finding.text()))
            .append(" <a href=\"#")
            .append(Html.escape(section.id()))
            .append("\">")
            .append(Html.escape(section.title()))
            .append("</a></li>\n");
        count++;
      }
    }
    if (count == 0) {
      return;
    }
    html.append("<section id=\"")
        .append(ID)
        .append("\" class=\"findings\" aria-label=\"Findings\">\n<h2>What this audit found</h2>\n");
    if (warnings.length() > 0) {
      html.append("<h3>To act on</h3>\n<ul>\n").append(warnings).append("</ul>\n");
    }
    if (others.length() > 0) {
      html.append("<h3>Figures and passed checks</h3>\n<ul>\n").append(others).append("</ul>\n");
    }
    html.append("</section>\n");
  }

  private static String marker(Finding.Tone tone) {
    return switch (tone) {
      case WARNING -> "<span class=\"mark\" aria-label=\"warning\">&#9888;</span> ";
      case GOOD -> "<span class=\"mark\" aria-label=\"passed\">&#10003;</span> ";
      case FACT -> "";
    };
  }
}
