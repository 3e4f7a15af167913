package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.report.Report;
import org.glasswing.weka.TestData;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

/**
 * Opens the report of a small audit (J48 on iris, every section) in headless Chromium: the page
 * must load without a console error, every section must keep its title, and every chart its
 * non-empty labels, as the browser parsed them. Screenshots go to {@code docs/images/}. Skipped
 * when Chromium is missing, unless {@code GLASSWING_REQUIRE_BROWSER} is set (as {@code .ci/run}
 * does, after installing Chromium).
 */
class ReportInBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path OUT = Path.of("target", "browser");
  private static final Path IMAGES = Path.of("..", "docs", "images");
  private static Path page;

  @BeforeAll
  static void writeReport() throws IOException {
    boolean required = System.getenv("GLASSWING_REQUIRE_BROWSER") != null;
    if (!Files.isExecutable(CHROMIUM)) {
      if (required) {
        throw new IllegalStateException(
            "Chromium is missing at " + CHROMIUM + "; install it: apt-get install -y chromium");
      }
      assumeTrue(false, "Chromium is missing; the browser test is skipped");
    }
    Instances iris = TestData.iris();
    WekaModel model =
        new WekaModel(Training.train(new J48(), iris, "iris"), new Instances(iris, 0));
    AuditPlan plan = AuditPlan.defaults().with("rows", "1,51").with("permutation-repeats", "2");
    Report report =
        Audit.run(
            plan,
            AuditInputs.builder(model)
                .training(iris, "iris")
                .learnerSpec("weka.classifiers.trees.J48")
                .build());
    Files.createDirectories(OUT);
    page = OUT.resolve("report.html").toAbsolutePath();
    new HtmlReportWriter().write(report, page);
  }

  private static Chromium run(String... options) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(CHROMIUM.toString());
    command.addAll(
        List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0"));
    command.addAll(List.of(options));
    command.add(page.toUri().toString());
    Path stdout = Files.createTempFile(OUT, "chromium", ".out");
    Path stderr = Files.createTempFile(OUT, "chromium", ".err");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Chromium did not finish within 120 s");
    }
    return new Chromium(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private record Chromium(int exit, String out, String err) {

    /** The page's console messages at warning level or above, and uncaught errors. */
    List<String> consoleErrors() {
      List<String> errors = new ArrayList<>();
      for (String line : err.split("\n")) {
        boolean console = line.contains("CONSOLE") || line.contains("Uncaught");
        if (console && !line.contains(":INFO:")) {
          errors.add(line);
        }
      }
      return errors;
    }
  }

  @Test
  void everySectionsChartsArePresentWithLabelsAndTheConsoleIsClean() throws Exception {
    Chromium chromium = run("--dump-dom");

    assertThat(chromium.exit()).isZero();
    assertThat(chromium.consoleErrors()).isEmpty();
    String dom = chromium.out();
    assertThat(dom).contains("<section id=\"findings\"");
    Matcher sections = Pattern.compile("<section id=\"([a-z0-9-]+)\"").matcher(dom);
    List<Integer> starts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    while (sections.find()) {
      starts.add(sections.start());
      ids.add(sections.group(1));
    }
    assertThat(ids).contains("performance", "calibration", "conformal", "profiles", "lime");
    int charts = 0;
    for (int i = 0; i < starts.size(); i++) {
      String section =
          dom.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : dom.length());
      assertThat(section).as(ids.get(i)).containsPattern("<h2>[^<]*\\S[^<]*</h2>");
      Matcher svg = Pattern.compile("<svg[\\s\\S]*?</svg>").matcher(section);
      while (svg.find()) {
        charts++;
        List<String> labels = new ArrayList<>();
        Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg.group());
        while (text.find()) {
          labels.add(text.group(1));
        }
        assertThat(labels).as("labels of a chart in section " + ids.get(i)).isNotEmpty();
        assertThat(labels)
            .as("labels of a chart in section " + ids.get(i))
            .allMatch(l -> !l.isBlank());
      }
    }
    assertThat(charts).isGreaterThan(15);
  }

  @Test
  void screenshotsTheTopOfThePage() throws Exception {
    Path shot = OUT.resolve("report-top.png").toAbsolutePath();

    Chromium chromium = run("--window-size=1400,1600", "--screenshot=" + shot);

    assertThat(chromium.exit()).isZero();
    assertThat(chromium.consoleErrors()).isEmpty();
    byte[] png = Files.readAllBytes(shot);
    assertThat(png).hasSizeGreaterThan(10_000);
    assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    if (Files.isDirectory(IMAGES)) {
      Files.copy(
          shot,
          IMAGES.resolve("audit-report-top.png"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
