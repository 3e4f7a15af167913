package org.glasswing.weka.serial;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import weka.core.WekaPackageClassLoaderManager;
import weka.core.WekaPackageLibIsolatingClassLoader;
import weka.core.WekaPackageManager;

/**
 * The classes a saved model may contain, by exact name. Assembled from every resource named {@value
 * #RESOURCE} on the class path (each Glasswing module ships its own, generated from the classifiers
 * it registers), from the system property {@value #ALLOW_PROPERTY} (comma-separated class names)
 * and from the file named by {@value #ALLOW_FILE_PROPERTY}, or else {@code
 * ~/.glasswing/serial-allowlist.txt} if it exists (one name a line, {@code #} starts a comment).
 *
 * <p>Only the user's own additions may use a package wildcard, written explicitly as {@code
 * com.example.**} (that package and its sub-packages); the shipped resources list exact names.
 * Arrays of allowed classes and primitive types are always allowed.
 */
public final class SerialAllowList {

  /** The resource each module ships, one class name a line. */
  public static final String RESOURCE = "META-INF/glasswing/serial-allowlist.txt";

  /** The system property with extra class names, comma-separated. */
  public static final String ALLOW_PROPERTY = "glasswing.serial.allow";

  /** The system property naming a file of extra class names. */
  public static final String ALLOW_FILE_PROPERTY = "glasswing.serial.allowFile";

  private static final String WILDCARD = ".**";

  private final Set<String> names;
  private final List<String> packages;

  private SerialAllowList(Set<String> names, List<String> packages) {
    this.names = Set.copyOf(names);
    this.packages = List.copyOf(packages);
  }

  /**
   * The allow-list from the class path's resources and the user's additions.
   *
   * @param loader the class loader whose resources are read
   * @return the allow-list
   * @throws UncheckedIOException if a resource or the user's file cannot be read
   */
  public static SerialAllowList load(ClassLoader loader) {
    Set<String> names = new HashSet<>();
    List<String> packages = new ArrayList<>();
    try {
      Map<String, URL> resources = new LinkedHashMap<>();
      for (URL url : Collections.list(loader.getResources(RESOURCE))) {
        resources.putIfAbsent(url.toString(), url);
      }
      for (URL url : otherWekaPackages(loader)) {
        resources.putIfAbsent(url.toString(), url);
      }
      for (URL url : resources.values()) {
        try (InputStream in = url.openStream()) {
          names.addAll(parse(in, url.toString(), false));
        }
      }
      String extra = System.getProperty(ALLOW_PROPERTY, "");
      for (String name : extra.split(",")) {
        add(name.strip(), names, packages, true);
      }
      Path file = userFile();
      if (file != null) {
        try (InputStream in = Files.newInputStream(file)) {
          for (String name : parse(in, file.toString(), true)) {
            add(name, names, packages, true);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the serialisation allow-list: " + e, e);
    }
    return new SerialAllowList(names, packages);
  }

  /**
   * Inside an installed Weka every package has its own class loader, which does not see the
   * resources of other packages: the allow-lists of the other installed packages (such as
   * glasswingDeep's, next to the glasswing package) are read from their loaders. Outside Weka's
   * package loaders (the command line, tests) there is nothing to add.
   */
  private static List<URL> otherWekaPackages(ClassLoader loader) throws IOException {
    List<URL> urls = new ArrayList<>();
    // checked first: touching WekaPackageManager elsewhere would set up a Weka home as a side
    // effect
    if (!(loader instanceof WekaPackageLibIsolatingClassLoader)
        || WekaPackageManager.PACKAGES_DIR == null) {
      return urls;
    }
    File[] dirs = WekaPackageManager.PACKAGES_DIR.listFiles(File::isDirectory);
    if (dirs == null) {
      return urls;
    }
    WekaPackageClassLoaderManager manager =
        WekaPackageClassLoaderManager.getWekaPackageClassLoaderManager();
    for (File dir : dirs) {
      ClassLoader other = manager.getPackageClassLoader(dir.getName());
      if (other != null && other != loader) {
        urls.addAll(Collections.list(other.getResources(RESOURCE)));
      }
    }
    return urls;
  }

  /**
   * An allow-list of exactly these names, for tests and tools.
   *
   * @param names class names
   * @return the allow-list
   */
  public static SerialAllowList of(Set<String> names) {
    return new SerialAllowList(names, List.of());
  }

  /**
   * Whether a class may be deserialized.
   *
   * @param type the class, an array class or a primitive
   * @return true if it, or an array's element type, is listed or primitive
   */
  public boolean allows(Class<?> type) {
    Class<?> element = type;
    while (element.isArray()) {
      element = element.getComponentType();
    }
    if (element.isPrimitive() || names.contains(element.getName())) {
      return true;
    }
    String name = element.getName();
    for (String prefix : packages) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of exact names.
   *
   * @return the count
   */
  public int size() {
    return names.size();
  }

  private static Path userFile() {
    String named = System.getProperty(ALLOW_FILE_PROPERTY);
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    Path home = Path.of(System.getProperty("user.home", "."), ".glasswing", "serial-allowlist.txt");
    return Files.isRegularFile(home) ? home : null;
  }

  private static void add(String name, Set<String> names, List<String> packages, boolean user) {
    if (name.isEmpty()) {
      return;
    }
    if (user && name.endsWith(WILDCARD) && name.length() > WILDCARD.length()) {
      packages.add(name.substring(0, name.length() - WILDCARD.length() + 1));
    } else {
      names.add(name);
    }
  }

  private static List<String> parse(InputStream in, String source, boolean user)
      throws IOException {
    List<String> result = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      int hash = line.indexOf('#');
      String name = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (name.isEmpty()) {
        continue;
      }
      if (name.contains("*") && !(user && name.endsWith(WILDCARD))) {
        throw new IOException(
            source + " line " + number + ": '" + name + "' is not an exact class name");
      }
      result.add(name);
    }
    return result;
  }
}
