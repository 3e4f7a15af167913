package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes a sample report to {@code target/report-sample.html} and to {@code report-sample.html} in
 * the temporary directory, to look at in a browser.
 */
class SampleReportTest {

  @Test
  void writesTheSampleReport() throws IOException {
    Path target = Path.of("target", "report-sample.html");
    Files.createDirectories(target.getParent());
    new HtmlReportWriter().write(ReportFixtures.report(), target);
    Files.copy(
        target,
        Path.of(System.getProperty("java.io.tmpdir"), "report-sample.html"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    String html = Files.readString(target, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html).contains("<svg").contains("Accuracy: <strong>72.3%</strong>");
  }
}
