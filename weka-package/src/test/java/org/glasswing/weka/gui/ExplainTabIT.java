package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.glasswing.weka.InstalledPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts Weka's Explorer on a virtual display (Xvfb) with the package installed, loads credit-g,
 * runs an explanation in the Explain tab and writes a screenshot to {@code target/explain-tab.png}.
 * Skipped when Xvfb is not installed, except where a display is required: {@code .ci/run} (which
 * installs Xvfb) sets {@value #REQUIRE_DISPLAY}, and CI services set {@code CI=true}; there a
 * missing Xvfb fails the test instead of skipping it.
 */
class ExplainTabIT {

  /** The environment variable that makes a missing Xvfb a failure. */
  static final String REQUIRE_DISPLAY = "GLASSWING_REQUIRE_DISPLAY";

  @TempDir static Path dir;
  static Process xvfb;
  static String display;

  @BeforeAll
  static void startDisplay() throws Exception {
    Path binary = Paths.get("/usr/bin/Xvfb");
    if (!Files.isExecutable(binary)) {
      assertThat(displayRequired())
          .as(
              "Xvfb (%s) is not installed, and this run requires a display (%s or CI is set):"
                  + " install the xvfb package",
              binary, REQUIRE_DISPLAY)
          .isFalse();
      Assumptions.abort("Xvfb is not installed");
    }
    for (int n = 91; n < 120 && xvfb == null; n++) {
      if (Files.exists(Paths.get("/tmp/.X11-unix/X" + n))
          || Files.exists(Paths.get("/tmp/.X" + n + "-lock"))) {
        continue;
      }
      Process process =
          new ProcessBuilder(
                  binary.toString(), ":" + n, "-screen", "0", "1280x900x24", "-nolisten", "tcp")
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("xvfb.log").toFile())
              .start();
      Path socket = Paths.get("/tmp/.X11-unix/X" + n);
      for (int i = 0; i < 50 && process.isAlive() && !Files.exists(socket); i++) {
        Thread.sleep(100);
      }
      if (process.isAlive() && Files.exists(socket)) {
        xvfb = process;
        display = ":" + n;
      } else {
        process.destroy();
      }
    }
    assertThat(xvfb).as("a running Xvfb").isNotNull();
  }

  /** Whether a missing display must fail the run (CI) rather than skip the GUI tests. */
  static boolean displayRequired() {
    return "1".equals(System.getenv(REQUIRE_DISPLAY))
        || "true".equalsIgnoreCase(System.getenv("CI"))
        || Boolean.getBoolean("glasswing.requireDisplay");
  }

  @AfterAll
  static void stopDisplay() throws Exception {
    if (xvfb != null) {
      xvfb.destroy();
      xvfb.waitFor(10, TimeUnit.SECONDS);
    }
  }

  static InstalledPackage weka;
  static Path data;
  static Path harness;

  @BeforeAll
  static void install() throws Exception {
    weka = InstalledPackage.install(dir);
    data = InstalledPackage.dataFile("credit-g", dir);
    harness = copyHarness();
  }

  @Test
  void explainTabShowsImportanceAndWaterfallForCreditG() throws Exception {
    Path png = Paths.get("target", "explain-tab.png").toAbsolutePath();
    Files.deleteIfExists(png);
    InstalledPackage.Run run =
        weka.java(
            List.of("-Djava.awt.headless=false"),
            Map.of("DISPLAY", display, InstalledPackage.EXTRA_CLASS_PATH, harness.toString()),
            "org.glasswing.weka.gui.ExplorerScreenshot",
            data.toString(),
            png.toString());
    assertThat(run.out()).as(run.out() + run.err()).doesNotContain("FAILED");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("PANEL: org.glasswing.weka.gui.ExplainPanel");
    assertThat(run.out()).contains("LOADER: weka.core.WekaPackageLibIsolatingClassLoader");
    assertThat(run.out()).contains("SUMMARY: J48").contains("tree-shap (chosen by auto");
    assertThat(run.out())
        .contains("VIEW: PDP / ICE")
        .contains("VIEW: Reliability")
        .contains("VIEW: Sanity checks")
        .contains("input-magnitude")
        .containsPattern("VERDICTS: .*(PASS|WARN|FAIL)");
    assertThat(run.out()).contains("CATALOGUE: surrogate").contains("CATALOGUE: map");
    for (String view :
        List.of(
            "profile",
            "interactions",
            "loco",
            "faithfulness",
            "agreement",
            "stability",
            "calibration",
            "ensemble",
            "prototypes",
            "influence",
            "fairness")) {
      assertThat(run.out()).contains("CATALOGUE: " + view + " -> ");
    }
    for (int v = 1; v <= 3; v++) {
      assertThat(Paths.get("target", "explain-tab-" + v + ".png")).exists();
    }
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);
    Set<Integer> colours = new HashSet<>();
    for (int x = 0; x < image.getWidth(); x += 3) {
      for (int y = 0; y < image.getHeight(); y += 3) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(50);
  }

  @Test
  void explainsTheModelSelectedInTheClassifyTab() throws Exception {
    Path png = dir.resolve("classify.png");
    InstalledPackage.Run run =
        weka.java(
            List.of("-Djava.awt.headless=false"),
            Map.of("DISPLAY", display, InstalledPackage.EXTRA_CLASS_PATH, harness.toString()),
            "org.glasswing.weka.gui.ExplorerScreenshot",
            data.toString(),
            png.toString(),
            "1200x800",
            "classify");
    assertThat(run.out()).as(run.out() + run.err()).doesNotContain("FAILED");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // The Classify tab's default classifier is ZeroR; the Explain tab's own chooser says J48.
    assertThat(run.out()).contains("SUMMARY: ZeroR").contains("kernel-shap (chosen by auto");
    assertThat(run.out()).as("Explain this model ticked the box").contains("LAUNCHED: true");
  }

  @Test
  void auditReportButtonWritesTheAuditPage() throws Exception {
    Path iris = InstalledPackage.dataFile("iris", dir);
    Path out = dir.resolve("audit");
    InstalledPackage.Run run =
        weka.java(
            List.of("-Djava.awt.headless=false"),
            Map.of("DISPLAY", display, InstalledPackage.EXTRA_CLASS_PATH, harness.toString()),
            "org.glasswing.weka.gui.ExplorerScreenshot",
            iris.toString(),
            dir.resolve("iris.png").toString(),
            "1200x800",
            "audit",
            out.toString());
    assertThat(run.out()).as(run.out() + run.err()).doesNotContain("FAILED");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String page = Files.readString(out.resolve("report.html"));
    assertThat(page)
        .contains("<section id=\"performance\"")
        .contains("<section id=\"conformal\"")
        .contains("<section id=\"surrogate\"")
        .contains("J48");
  }

  /** Only the harness class, so that no other Glasswing class is on the child class path. */
  private static Path copyHarness() throws Exception {
    String name = ExplorerScreenshot.class.getName().replace('.', '/') + ".class";
    Path target = dir.resolve("harness").resolve(name);
    Files.createDirectories(target.getParent());
    try (var in = ExplorerScreenshot.class.getClassLoader().getResourceAsStream(name)) {
      Files.copy(in, target);
    }
    return dir.resolve("harness");
  }
}
