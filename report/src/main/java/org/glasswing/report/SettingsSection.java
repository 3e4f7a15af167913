package org.glasswing.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings, budgets, seeds, timings and versions behind a report, as a two-column table, so
 * that a reader can reproduce or question it.
 */
public final class SettingsSection implements ReportSection {

  private final Map<String, String> settings;

  /**
   * Creates the section.
   *
   * @param settings name and value pairs in display order, as plain text, such as {@code seed -> 1}
   *     or {@code explanation time -> 4.2 s}
   */
  public SettingsSection(Map<String, String> settings) {
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /**
   * The settings shown.
   *
   * @return an unmodifiable map in display order
   */
  public Map<String, String> settings() {
    return settings;
  }

  @Override
  public String id() {
    return "settings";
  }

  @Override
  public String title() {
    return "Settings and timings";
  }

  @Override
  public String question() {
    return "How was this report made, so that it can be checked or made again?";
  }

  @Override
  public String bodyHtml() {
    if (settings.isEmpty()) {
      return "<p>No settings were recorded.</p>";
    }
    HtmlTable table = new HtmlTable("data settings", "Setting", "Value");
    settings.forEach((name, value) -> table.row(name, value));
    return table.html();
  }
}
