package org.glasswing.weka.hardening;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a main class in a child JVM with the test class path, since the schemes' {@code main} and
 * {@code weka.Run} end the JVM with their exit code.
 */
final class ForkedScheme {

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {

    /** The lines of standard error, blank ones dropped. */
    List<String> errLines() {
      return err.lines().filter(l -> !l.isBlank()).collect(Collectors.toList());
    }
  }

  private ForkedScheme() {}

  /**
   * Runs the class.
   *
   * @param dir a scratch directory (for the logging configuration and the outputs)
   * @param mainClass the main class
   * @param args its arguments
   * @return the result
   */
  static Result run(Path dir, String mainClass, String... args)
      throws IOException, InterruptedException {
    // the netlib probe that Weka's class discovery triggers logs through java.util.logging
    Path logging = dir.resolve("logging.properties");
    Files.writeString(logging, ".level=SEVERE\n");
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Dweka.packageManager.offline=true");
    command.add("-DWEKA_HOME=" + dir.resolve("wekafiles"));
    command.add("-Djava.util.logging.config.file=" + logging);
    command.add("-cp");
    command.add(classPath());
    command.add(mainClass);
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("WEKA_HOME", dir.resolve("wekafiles").toString());
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The test class path without entries Java cannot open as a jar (such as a pom). */
  private static String classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> new File(e).isDirectory() || e.endsWith(".jar"))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
