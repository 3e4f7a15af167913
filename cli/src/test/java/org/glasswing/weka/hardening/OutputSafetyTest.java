package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.glasswing.core.io.CheckedPrintWriter;
import org.glasswing.weka.TestData;
import org.glasswing.weka.cli.CliRun;
import org.glasswing.weka.cli.GlasswingCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import weka.classifiers.trees.J48;
import weka.core.SerializationHelper;
import weka.core.converters.ArffSaver;

/**
 * No output is lost: a full disk, a missing or unwritable folder, or an output that is one of the
 * inputs each give exit code 2 and one line naming the problem and the fix, and never leave a cut
 * file behind. The tests run as root in CI, so the unwritable place is {@code /sys}, which even
 * root cannot create files in, not a file with its permission bits cleared.
 */
class OutputSafetyTest {

  private static final String J48_SPEC = "weka.classifiers.trees.J48";
  private static final Path FULL = Path.of("/dev/full");
  private static final String FULL_DISK =
      "the disk is full (no space left on device); free some space or ";

  @TempDir Path dir;
  private Path iris;

  @BeforeEach
  void writeIris() throws Exception {
    iris = dir.resolve("iris.arff");
    ArffSaver saver = new ArffSaver();
    saver.setInstances(TestData.iris());
    saver.setFile(iris.toFile());
    saver.writeBatch();
  }

  /** Each command that writes a table, with options that keep it fast on iris. */
  static Stream<Arguments> commands() {
    return Stream.of(
        command("explain", "--rows", "1-2", "--method", "exact-shapley", "--background-size", "5"),
        command("agreement", "--rows", "1-2", "--method", "exact-shapley,kernel-shap", "-q"),
        command("faithfulness", "--rows", "1-2", "--method", "exact-shapley", "-q"),
        command(
            "sanity", "--rows", "1-2", "--method", "exact-shapley", "--test", "stability", "-q"),
        command("importance", "--repeats", "1", "-q"),
        command("uncertainty", "--rows", "1-2"),
        command("calibration", "--folds", "2", "-q"),
        command("conformal", "--folds", "2"),
        command("examples", "--rows", "1-2", "--k", "2"),
        command("counterfactual", "--rows", "1"),
        command("map", "-q"));
  }

  private static Arguments command(String name, String... options) {
    List<String> args = new ArrayList<>(List.of(name, "--classifier", J48_SPEC));
    args.addAll(List.of(options));
    return Arguments.of(name, args);
  }

  private CliRun run(List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--train", iris.toString()));
    all.addAll(List.of(more));
    return CliRun.of(all.toArray(String[]::new));
  }

  /** Exit code 2 and exactly one line on standard error, which is returned. */
  private static String userError(CliRun run) {
    assertThat(run.code()).as(run.err()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("glasswing: error: ");
    return run.err().strip();
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void writesTheWholeFileAndNothingElse(String name, List<String> args) throws IOException {
    Path out = dir.resolve("out.csv");
    Files.writeString(out, "old content");

    CliRun run = run(args, "--output", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out)).isNotBlank().doesNotContain("old content").endsWith("\n");
    assertThat(files()).containsExactly("iris.arff", "out.csv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aFullDiskAsOutputIsReported(String name, List<String> args) {
    assumeTrue(Files.exists(FULL), "needs Linux's /dev/full");

    CliRun run = run(args, "--output", FULL.toString());

    assertThat(userError(run))
        .isEqualTo(
            "glasswing: error: cannot write /dev/full: " + FULL_DISK + "choose another --output");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void aFullDiskAsStandardOutputIsReported(String name, List<String> args) throws IOException {
    assumeTrue(Files.exists(FULL), "needs Linux's /dev/full");
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of("--train", iris.toString()));
    try (PrintWriter full =
        new CheckedPrintWriter(
            new OutputStreamWriter(new FileOutputStream(FULL.toFile()), StandardCharsets.UTF_8))) {

      CliRun run = CliRun.writingTo(full, all.toArray(String[]::new));

      assertThat(userError(run))
          .isEqualTo(
              "glasswing: error: cannot write to standard output: "
                  + FULL_DISK
                  + "send the output elsewhere, or use --output");
    } catch (IOException e) {
      // closing /dev/full fails again; the run above is what is tested
    }
  }

  @Test
  void anOutputThatIsTheTrainingDataIsRefusedAndTheDataKept() throws IOException {
    byte[] before = Files.readAllBytes(iris);

    String line =
        userError(
            CliRun.of(
                "explain",
                "--train",
                iris.toString(),
                "--output",
                dir.resolve(".").resolve("iris.arff").toString()));

    assertThat(line).contains("--output", "--train", "choose another --output");
    assertThat(Files.readAllBytes(iris)).isEqualTo(before);
  }

  @Test
  void anOutputThatIsTheDataToExplainIsRefused() throws IOException {
    Path data = Files.copy(iris, dir.resolve("data.arff"));
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), data);

    String line =
        userError(
            CliRun.of(
                "counterfactual",
                "--train",
                iris.toString(),
                "--data",
                data.toString(),
                "--output",
                link.toString()));

    assertThat(line).contains("--output " + link, "--data");
    assertThat(Files.readString(data)).isEqualTo(Files.readString(iris));
  }

  @Test
  void anOutputThatIsTheSavedModelIsRefusedBeforeTheModelIsRead() throws Exception {
    J48 tree = new J48();
    tree.buildClassifier(TestData.iris());
    Path model = dir.resolve("iris.model");
    SerializationHelper.write(model.toString(), tree);
    byte[] before = Files.readAllBytes(model);

    String line =
        userError(
            CliRun.of(
                "explain",
                "--model",
                model.toString(),
                "--data",
                iris.toString(),
                "--output",
                model.toString()));

    assertThat(line).contains("--output", "--model");
    assertThat(Files.readAllBytes(model)).isEqualTo(before);
  }

  @Test
  void twoOutputsThatAreOneFileAreRefused() {
    Path out = dir.resolve("out.csv");

    String line =
        userError(
            CliRun.of(
                "calibration",
                "--train",
                iris.toString(),
                "--classifier",
                J48_SPEC,
                "--output",
                out.toString(),
                "--reliability",
                out.toString()));

    assertThat(line).contains("--output", "--reliability");
    assertThat(out).doesNotExist();
  }

  @Test
  void anOutputUnderAFileSaysThatTheFileIsNotAFolder() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
    Path out = plain.resolve("out.csv");

    String line = userError(run(List.of("map", "--classifier", J48_SPEC), "--output", out + ""));

    assertThat(line)
        .isEqualTo(
            "glasswing: error: cannot write "
                + out
                + ": "
                + plain
                + " is a file, not a folder; choose another --output inside a folder");
  }

  @Test
  void anOutputInAMissingFolderNamesTheFolder() throws IOException {
    Path missing = dir.resolve("missing");
    Path out = missing.resolve("deeper").resolve("out.csv");

    String line =
        userError(run(List.of("importance", "--classifier", J48_SPEC), "--output", out + ""));

    assertThat(line)
        .isEqualTo(
            "glasswing: error: cannot write "
                + out
                + ": the folder "
                + missing
                + " does not exist; create it first, or choose another --output");
    assertThat(files()).containsExactly("iris.arff");
  }

  @Test
  void anOutputInAPlaceEvenRootCannotWriteSaysPermissionDenied() {
    Path out = unwritable().resolve("glasswing-out.csv");

    String line =
        userError(run(List.of("uncertainty", "--classifier", J48_SPEC), "--output", out + ""));

    assertThat(line)
        .isEqualTo(
            "glasswing: error: cannot write "
                + out
                + ": permission denied; choose another --output in a folder you can write to");
    assertThat(out).doesNotExist();
  }

  @Test
  void anUnwritableAuditFolderIsFoundBeforeTheAuditRuns() {
    Path report = unwritable().resolve("glasswing-report");

    String line =
        userError(CliRun.of("audit", "--train", iris.toString(), "--output", report + ""));

    assertThat(line)
        .isEqualTo(
            "glasswing: error: cannot write "
                + report
                + ": permission denied; choose another --output in a folder you can write to");
  }

  @Test
  void anAuditFolderThatIsAFileIsRefused() throws IOException {
    Path plain = Files.writeString(dir.resolve("plain.txt"), "x");

    String line = userError(CliRun.of("audit", "--train", iris.toString(), "--output", plain + ""));

    assertThat(line).contains(plain + " is a file, not a folder", "choose another --output");
    assertThat(Files.readString(plain)).isEqualTo("x");
  }

  @Test
  void anUnwritableHeatmapFolderIsFoundBeforeAnyWork() {
    Path maps = unwritable().resolve("glasswing-maps");

    String line =
        userError(
            CliRun.of(
                "explain",
                "--train",
                iris.toString(),
                "--method",
                "lime",
                "--heatmaps",
                maps + ""));

    assertThat(line).contains("cannot write " + maps + ": permission denied", "--heatmaps");
  }

  @Test
  void aReportThatCannotReplaceWhatIsThereLeavesItAndNoTemporaryFile() throws IOException {
    Path out = dir.resolve("audit");
    Path blocking = Files.createDirectories(out.resolve("report.html").resolve("keep"));

    String line =
        userError(
            CliRun.of(
                "audit",
                "--train",
                iris.toString(),
                "--classifier",
                J48_SPEC,
                "--rows",
                "1-2",
                "-q",
                "--output",
                out.toString()));

    assertThat(line).contains("cannot write " + out.resolve("report.html"), "it is a folder");
    assertThat(blocking).isDirectory();
    try (Stream<Path> list = Files.list(out)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactly("report.html");
    }
  }

  /** A folder that not even root can create files in; the test fails if there is none. */
  private static Path unwritable() {
    Path sys = Path.of("/sys");
    assumeTrue(Files.isDirectory(sys), "needs Linux's /sys");
    Path probe = sys.resolve("glasswing-probe");
    try {
      Files.createFile(probe);
      Files.delete(probe);
      throw new AssertionError(
          "/sys takes new files here, so it cannot stand for a read-only place");
    } catch (IOException expected) {
      return sys;
    }
  }
}
