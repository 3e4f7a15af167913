package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glasswing.weka.TestData;
import org.glasswing.weka.cli.GlasswingCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.converters.ArffSaver;

/**
 * The real {@code glasswing} process, whose standard output is the process's own: a full disk is
 * exit code 2 with one line, a pipe whose reader has gone away is a quiet exit 141.
 */
class StandardOutputProcessTest {

  private static final Path FULL = Path.of("/dev/full");

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

  private ProcessBuilder glasswing(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(GlasswingCommand.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  private String[] explain() {
    return new String[] {
      "explain",
      "--train",
      iris.toString(),
      "--classifier",
      "weka.classifiers.trees.J48",
      "--method",
      "exact-shapley",
      "--rows",
      "1-3",
      "-q"
    };
  }

  private static int finish(Process process) throws InterruptedException {
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("glasswing finished").isTrue();
    return process.exitValue();
  }

  @Test
  void aFullDiskAsStandardOutputIsExitTwoWithOneLine() throws Exception {
    assumeTrue(Files.exists(FULL), "needs Linux's /dev/full");
    Path err = dir.resolve("err.txt");
    Process process =
        glasswing(explain()).redirectOutput(FULL.toFile()).redirectError(err.toFile()).start();

    assertThat(finish(process)).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(Files.readString(err, StandardCharsets.UTF_8))
        .isEqualTo(
            "glasswing: error: cannot write to standard output: the disk is full (no space left on"
                + " device); free some space or send the output elsewhere, or use --output"
                + System.lineSeparator());
  }

  @Test
  void aPipeClosedByItsReaderIsAQuietExit() throws Exception {
    Path err = dir.resolve("err.txt");
    Process process = glasswing(explain()).redirectError(err.toFile()).start();
    process.getInputStream().close();

    assertThat(finish(process)).isEqualTo(GlasswingCommand.EXIT_PIPE_CLOSED);
    assertThat(Files.readString(err)).isEmpty();
  }

  @Test
  void anOrdinaryRunStillExitsZero() throws IOException, InterruptedException {
    Path out = dir.resolve("out.csv");
    Process process =
        glasswing(explain())
            .redirectOutput(out.toFile())
            .redirectError(new File("/dev/null"))
            .start();

    assertThat(finish(process)).isZero();
    assertThat(Files.readAllLines(out)).hasSizeGreaterThan(3);
  }
}
