package org.glasswing.report;

/**
 * One part of a {@link Report}: a heading, a plain-words line saying what question the part
 * answers, and its body as HTML. Implementations are small immutable classes, one per kind of
 * result, and must escape any user text (feature names, labels) they put in the body, for instance
 * with {@link Html#escape(String)}.
 */
public interface ReportSection {

  /**
   * A stable identifier, used as the section's anchor in the page: lower-case letters, digits and
   * hyphens, starting with a letter, such as {@code global-importance}.
   *
   * @return the identifier, unique within a report
   */
  String id();

  /**
   * The section's heading, as plain text.
   *
   * @return such as {@code Which features matter most}
   */
  String title();

  /**
   * One sentence in plain words saying what this section answers, as plain text.
   *
   * @return such as {@code How often does the classifier predict the right class on unseen rows?}
   */
  String question();

  /**
   * The section's content as an HTML fragment, with every piece of user text escaped. Charts are
   * inline SVG elements.
   *
   * @return the fragment
   */
  String bodyHtml();

  /**
   * What an auditor must know from this section, for the summary on top of the page; the summary
   * links each finding to the section.
   *
   * @return the findings, most important first; empty by default
   */
  default java.util.List<Finding> findings() {
    return java.util.List.of();
  }
}
