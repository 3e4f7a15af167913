package org.glasswing.report;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A report: a title, a subtitle, a few metadata lines (dataset, classifier, date...) and its
 * sections in reading order. Immutable; {@link HtmlReportWriter} prints it.
 */
public final class Report {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

  private final String title;
  private final String subtitle;
  private final Map<String, String> metadata;
  private final List<ReportSection> sections;

  /**
   * Creates a report.
   *
   * @param title the page title, as plain text
   * @param subtitle a line under the title, as plain text; may be empty
   * @param metadata name and value pairs shown under the title, in display order, as plain text
   * @param sections the sections in reading order; their ids must be valid and distinct
   * @throws IllegalArgumentException if a section id is malformed or repeated
   */
  public Report(
      String title, String subtitle, Map<String, String> metadata, List<ReportSection> sections) {
    this.title = Objects.requireNonNull(title, "title");
    this.subtitle = Objects.requireNonNull(subtitle, "subtitle");
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    this.sections = List.copyOf(sections);
    Set<String> ids = new HashSet<>();
    for (ReportSection section : this.sections) {
      String id = section.id();
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "section '"
                + section.title()
                + "' has id '"
                + id
                + "'; an id is lower-case letters, digits and hyphens, starting with a letter");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(
            "two sections have the id '" + id + "'; give the second one another id");
      }
    }
  }

  /**
   * The page title.
   *
   * @return plain text
   */
  public String title() {
    return title;
  }

  /**
   * The line under the title.
   *
   * @return plain text, possibly empty
   */
  public String subtitle() {
    return subtitle;
  }

  /**
   * The metadata shown under the title, in display order.
   *
   * @return an unmodifiable map of plain text
   */
  public Map<String, String> metadata() {
    return metadata;
  }

  /**
   * The sections in reading order.
   *
   * @return an unmodifiable list
   */
  public List<ReportSection> sections() {
    return sections;
  }

  @Override
  public String toString() {
    return "Report(" + title + ", " + sections.stream().map(ReportSection::id).toList() + ")";
  }
}
