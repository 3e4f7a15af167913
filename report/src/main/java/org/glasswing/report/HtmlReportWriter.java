package org.glasswing.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.glasswing.core.io.AtomicFile;

/**
 * Writes a {@link Report} as one self-contained HTML page: the CSS is inline, the charts are inline
 * SVG, and nothing is fetched from the network, so the page opens offline, can be mailed as a
 * single file and prints cleanly.
 */
public final class HtmlReportWriter {

  private static final String CSS = loadCss();

  /** Creates a writer. */
  public HtmlReportWriter() {}

  /**
   * Writes the page to a file in UTF-8, replacing it if it exists. The file is written whole or not
   * at all (see {@link AtomicFile}).
   *
   * @param report the report
   * @param file the file to write
   * @throws IOException if the file cannot be written; an existing file is then left as it was
   */
  public void write(Report report, Path file) throws IOException {
    String page = render(report);
    AtomicFile.writeText(file, StandardCharsets.UTF_8, out -> out.write(page));
  }

  /**
   * Writes the page to a character stream, which is left open.
   *
   * @param report the report
   * @param out where to write
   * @throws IOException if writing fails
   */
  public void write(Report report, Writer out) throws IOException {
    out.write(render(report));
    out.flush();
  }

  /**
   * Renders the page.
   *
   * @param report the report
   * @return the complete HTML document
   */
  public String render(Report report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"Glasswing\">\n")
        .append("<title>")
        .append(Html.escape(report.title()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<header class=\"report-header\">\n<h1>")
        .append(Html.escape(report.title()))
        .append("</h1>\n");
    if (!report.subtitle().isEmpty()) {
      html.append("<p class=\"subtitle\">").append(Html.escape(report.subtitle())).append("</p>\n");
    }
    appendMetadata(report.metadata(), html);
    html.append("</header>\n");
    FindingsBlock.append(report, html);
    appendContents(report, html);
    html.append("<main>\n");
    for (ReportSection section : report.sections()) {
      html.append("<section id=\"")
          .append(Html.escape(section.id()))
          .append("\">\n<h2>")
          .append(Html.escape(section.title()))
          .append("</h2>\n<p class=\"question\">")
          .append(Html.escape(section.question()))
          .append("</p>\n")
          .append(section.bodyHtml())
          .append("\n</section>\n");
    }
    html.append("</main>\n<footer>Made with Glasswing.</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void appendMetadata(Map<String, String> metadata, StringBuilder html) {
    if (metadata.isEmpty()) {
      return;
    }
    html.append("<dl class=\"metadata\">\n");
    metadata.forEach(
        (name, value) ->
            html.append("<div><dt>")
                .append(Html.escape(name))
                .append("</dt><dd>")
                .append(Html.escape(value))
                .append("</dd></div>\n"));
    html.append("</dl>\n");
  }

  private static void appendContents(Report report, StringBuilder html) {
    if (report.sections().isEmpty()) {
      return;
    }
    html.append("<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
    for (ReportSection section : report.sections()) {
      html.append("<li><a href=\"#")
          .append(Html.escape(section.id()))
          .append("\">")
          .append(Html.escape(section.title()))
          .append("</a></li>\n");
    }
    html.append("</ol>\n</nav>\n");
  }

  private static String loadCss() {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream("report.css")) {
      if (in == null) {
        throw new IllegalStateException("report.css is missing from the Glasswing jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report.css from the Glasswing jar", e);
    }
  }
}
