package org.glasswing.knime.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glasswing.core.io.AtomicFile;
import org.glasswing.report.Finding;
import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.report.SettingsSection;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/**
 * What a finished audit found, as the node's table and view show it: one line per finding of each
 * section (the summary on top of the report), then one per section the audit did not run, with the
 * reason the report gives; and where the page was written. Kept with the node ({@value #FILE} in
 * its internals, written whole or not at all) so that the view reopens after a reload.
 *
 * @param page the written report
 * @param lines the findings, in report order
 */
record AuditFindings(Path page, List<AuditFindings.Line> lines) {

  /** The internals file. */
  static final String FILE = "audit-findings.txt";

  /** The tone of a section that did not run. */
  static final String NOT_RUN = "NOT RUN";

  /** The output table's columns. */
  static final DataTableSpec SPEC =
      new DataTableSpec(
          new String[] {"section", "title", "tone", "finding"},
          new DataType[] {StringCell.TYPE, StringCell.TYPE, StringCell.TYPE, StringCell.TYPE});

  /**
   * One finding.
   *
   * @param section the section's id (its anchor in the page), or the note's name
   * @param title the section's heading
   * @param tone FACT, GOOD, WARNING or {@value #NOT_RUN}
   * @param text the finding
   */
  record Line(String section, String title, String tone, String text) {}

  /**
   * Copies the lines.
   *
   * @param page the written report
   * @param lines the findings
   */
  AuditFindings {
    Objects.requireNonNull(page, "page");
    lines = List.copyOf(lines);
  }

  /**
   * The findings of a report.
   *
   * @param report the report
   * @param page where it was written
   * @return the findings
   */
  static AuditFindings of(Report report, Path page) {
    List<Line> lines = new ArrayList<>();
    for (ReportSection section : report.sections()) {
      for (Finding f : section.findings()) {
        lines.add(new Line(section.id(), section.title(), f.tone().name(), f.text()));
      }
    }
    for (ReportSection section : report.sections()) {
      if (section instanceof SettingsSection settings) {
        for (Map.Entry<String, String> e : settings.settings().entrySet()) {
          if (e.getValue().startsWith("not run")) {
            lines.add(new Line(e.getKey(), e.getKey(), NOT_RUN, e.getValue()));
          }
        }
      }
    }
    return new AuditFindings(page, lines);
  }

  /**
   * The node's output table.
   *
   * @param exec creates the table
   * @return one row per line, keyed "finding 1", "finding 2", ...
   */
  BufferedDataTable table(ExecutionContext exec) {
    BufferedDataContainer out = exec.createDataContainer(SPEC);
    int n = 0;
    for (Line line : lines) {
      n++;
      out.addRowToTable(
          new DefaultRow(
              new RowKey("finding " + n),
              new StringCell(line.section()),
              new StringCell(line.title()),
              new StringCell(line.tone()),
              new StringCell(line.text())));
    }
    out.close();
    return out.getTable();
  }

  /**
   * Saves the findings into the node's internals directory.
   *
   * @param dir the directory
   * @throws IOException if the file cannot be written (an older one is left as it was)
   */
  void save(Path dir) throws IOException {
    AtomicFile.writeText(
        dir.resolve(FILE),
        StandardCharsets.UTF_8,
        out -> {
          out.write(escape(page.toString()) + "\n");
          for (Line l : lines) {
            out.write(
                String.join(
                        "\t",
                        escape(l.section()),
                        escape(l.title()),
                        escape(l.tone()),
                        escape(l.text()))
                    + "\n");
          }
        });
  }

  /**
   * Loads findings saved with {@link #save}.
   *
   * @param dir the node's internals directory
   * @return the findings, or {@code null} when none were saved
   * @throws IOException if the file cannot be read or is damaged
   */
  static AuditFindings load(Path dir) throws IOException {
    List<String> text;
    try {
      text = Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (text.isEmpty()) {
      throw new IOException(FILE + " is empty");
    }
    List<Line> lines = new ArrayList<>();
    for (String row : text.subList(1, text.size())) {
      String[] parts = row.split("\t", -1);
      if (parts.length != 4) {
        throw new IOException(FILE + ": a line without its 4 fields: " + row);
      }
      lines.add(
          new Line(unescape(parts[0]), unescape(parts[1]), unescape(parts[2]), unescape(parts[3])));
    }
    return new AuditFindings(Path.of(unescape(text.get(0))), lines);
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
