package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Glasswing package zip installed offline into a fresh, temporary WEKA_HOME, with a way to run
 * Weka in a child JVM whose class path holds Weka and its own dependencies only: Glasswing's
 * classes and libraries are reachable solely through Weka's package class loader, as for a user.
 */
public final class InstalledPackage {

  /** The result of a child JVM. */
  public record Run(int exitCode, String out, String err) {

    /**
     * The non-blank lines of standard error, without the netlib native-library probe that Weka's
     * own start-up logs through java.util.logging.
     *
     * @return the lines
     */
    public List<String> errLines() {
      return err.lines()
          .filter(l -> !l.isBlank() && !l.endsWith("ARPACK <clinit>") && !l.contains("netlib"))
          .toList();
    }
  }

  /** A pseudo environment variable: a class path entry appended to the child's (not exported). */
  public static final String EXTRA_CLASS_PATH = "glasswing.extraClassPath";

  private final Path home;
  private final String classPath;

  private InstalledPackage(Path home, String classPath) {
    this.home = home;
    this.classPath = classPath;
  }

  /**
   * Installs the zip the build made into a new WEKA_HOME under {@code parent}.
   *
   * @param parent a temporary directory
   * @return the installation
   */
  public static InstalledPackage install(Path parent) throws Exception {
    Path zip = zip();
    Path home = Files.createDirectories(parent.resolve("wekafiles"));
    InstalledPackage installed = new InstalledPackage(home, wekaClassPath(zip));
    Run run =
        installed.java(
            List.of(),
            "weka.core.WekaPackageManager",
            "-offline",
            "-install-package",
            zip.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(home.resolve("packages/glasswing/glasswing.jar")).exists();
    assertThat(home.resolve("packages/glasswing/Description.props")).exists();
    return installed;
  }

  /** The zip {@code mvn package} made; failsafe passes its path. */
  static Path zip() throws IOException {
    String given = System.getProperty("glasswing.package.zip");
    if (given != null) {
      return Paths.get(given);
    }
    try (var files = Files.list(Paths.get("target"))) {
      return files
          .filter(p -> p.getFileName().toString().matches("glasswing-.*\\.zip"))
          .findFirst()
          .orElseThrow(
              () -> new IllegalStateException("no target/glasswing-*.zip; run mvn package"));
    }
  }

  /**
   * This JVM's class path less everything that belongs to Glasswing: class directories, the
   * Glasswing jar and every library the zip ships under lib/.
   */
  private static String wekaClassPath(Path zip) throws IOException {
    Set<String> shipped = new HashSet<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : java.util.Collections.list(file.entries())) {
        shipped.add(Paths.get(entry.getName()).getFileName().toString());
      }
    }
    List<String> kept = new ArrayList<>();
    boolean weka = false;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Paths.get(entry);
      String name = path.getFileName() == null ? "" : path.getFileName().toString();
      if (!name.endsWith(".jar") || shipped.contains(name) || name.startsWith("shared-core")) {
        continue;
      }
      weka |= name.startsWith("weka-stable");
      kept.add(entry);
    }
    assertThat(weka).as("weka-stable on the test class path").isTrue();
    return String.join(File.pathSeparator, kept);
  }

  /**
   * The WEKA_HOME directory.
   *
   * @return the directory
   */
  public Path home() {
    return home;
  }

  /**
   * The child class path: Weka and its dependencies.
   *
   * @return the class path
   */
  public String classPath() {
    return classPath;
  }

  /**
   * Writes a dataset from Weka's jar to a file.
   *
   * @param name {@code iris} or {@code credit-g}
   * @param dir where to write it
   * @return the file
   */
  public static Path dataFile(String name, Path dir) {
    String resource = "weka/gui/knowledgeflow/templates/" + name + ".arff";
    try (InputStream in = InstalledPackage.class.getClassLoader().getResourceAsStream(resource)) {
      Path file = dir.resolve(name + ".arff");
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code weka.Run} with package loading offline.
   *
   * @param args the scheme and its options
   * @return the result
   */
  public Run wekaRun(String... args) throws Exception {
    List<String> all = new ArrayList<>();
    all.add("-do-not-prompt-if-multiple-matches");
    all.addAll(List.of(args));
    return java(List.of(), "weka.Run", all.toArray(String[]::new));
  }

  /**
   * Runs a main class in a child JVM with WEKA_HOME set to this installation.
   *
   * @param jvmOptions extra JVM options
   * @param mainClass the main class
   * @param args its arguments
   * @return the result, after at most three minutes
   */
  public Run java(List<String> jvmOptions, String mainClass, String... args) throws Exception {
    return java(jvmOptions, Map.of(), mainClass, args);
  }

  /**
   * Runs a main class in a child JVM with WEKA_HOME set to this installation.
   *
   * @param jvmOptions extra JVM options
   * @param environment extra environment variables
   * @param mainClass the main class
   * @param args its arguments
   * @return the result, after at most three minutes
   */
  public Run java(
      List<String> jvmOptions, Map<String, String> environment, String mainClass, String... args)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-Dweka.packageManager.offline=true");
    command.add("-DWEKA_HOME=" + home);
    command.add("-Duser.home=" + home.getParent());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(
        environment.getOrDefault(EXTRA_CLASS_PATH, "").isEmpty()
            ? classPath
            : classPath + File.pathSeparator + environment.get(EXTRA_CLASS_PATH));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("WEKA_HOME", home.toString());
    environment.forEach(
        (key, value) -> {
          if (!key.equals(EXTRA_CLASS_PATH)) {
            builder.environment().put(key, value);
          }
        });
    Path out = Files.createTempFile(home.getParent(), "out", ".txt");
    Path err = Files.createTempFile(home.getParent(), "err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
