package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

  private static final String PAGE = new HtmlReportWriter().render(ReportFixtures.report());

  @Test
  void neverPrintsUserTextUnescaped() {
    assertThat(PAGE).doesNotContain("<script").doesNotContain("0<=X<200");
    assertThat(PAGE).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    assertThat(PAGE).contains("0&lt;=X&lt;200");
  }

  @Test
  void isSelfContained() {
    // Namespace declarations name a namespace; they are never fetched.
    String withoutNamespaces = PAGE.replaceAll("xmlns(:\\w+)?=(['\"])[^'\"]*\\2", "");
    assertThat(withoutNamespaces)
        .doesNotContain("http://")
        .doesNotContain("https://")
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContain("src=")
        .doesNotContain("@import")
        .doesNotContainPattern("url\\((?!#)");
    assertThat(PAGE).contains("<style>").contains("xmlns='http://www.w3.org/2000/svg'");
  }

  @Test
  void listsTheSectionsInATableOfContentsWithAnchors() {
    for (String id :
        List.of("dataset", "performance", "global-importance", "local-explanations", "settings")) {
      assertThat(PAGE).contains("<a href=\"#" + id + "\">").contains("<section id=\"" + id + "\">");
    }
    assertThat(PAGE.indexOf("id=\"dataset\"")).isLessThan(PAGE.indexOf("id=\"settings\""));
    assertThat(PAGE).contains("<title>Glasswing audit: credit-g</title>");
  }

  @Test
  void hasAUniqueIdForEachChart() {
    assertThat(PAGE)
        .contains("id='chart-class-distribution'")
        .contains("id='chart-global-importance'")
        .contains("id='chart-waterfall-1'")
        .contains("id='chart-waterfall-3'");
  }

  @Test
  void writesUtf8ToAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.html");
    new HtmlReportWriter().write(ReportFixtures.report(), file);

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PAGE);
  }

  @Test
  void rejectsRepeatedOrMalformedSectionIds() {
    SettingsSection settings = new SettingsSection(Map.of());
    assertThatThrownBy(() -> new Report("t", "", Map.of(), List.of(settings, settings)))
        .hasMessageContaining("'settings'");
    ReportSection bad =
        new ReportSection() {
          @Override
          public String id() {
            return "Bad id";
          }

          @Override
          public String title() {
            return "Bad";
          }

          @Override
          public String question() {
            return "?";
          }

          @Override
          public String bodyHtml() {
            return "";
          }
        };
    assertThatThrownBy(() -> new Report("t", "", Map.of(), List.of(bad)))
        .hasMessageContaining("'Bad id'");
  }
}
