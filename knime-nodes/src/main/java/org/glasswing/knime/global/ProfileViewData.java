package org.glasswing.knime.global;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.global.Profile;
import org.glasswing.core.io.AtomicFile;
import org.glasswing.knime.table.TextFields;

/**
 * The profiles the Partial Dependence Loop End's view draws, kept with the node ({@value #FILE} in
 * its internals, written whole or not at all) so that the view reopens after a workflow reload. One
 * block per profile: the feature (name, then its labels for a string column), the output, and the
 * grid, PDP, observed values and ICE curves as lines of numbers (round-trip exact).
 */
final class ProfileViewData {

  /** The internals file. */
  static final String FILE = "profiles.txt";

  private ProfileViewData() {}

  /**
   * Saves profiles.
   *
   * @param profiles the profiles
   * @param dir the node's internals directory
   * @throws IOException if the file cannot be written (an older one is left as it was)
   */
  static void save(List<Profile> profiles, Path dir) throws IOException {
    AtomicFile.writeText(
        dir.resolve(FILE),
        StandardCharsets.UTF_8,
        out -> {
          out.write(profiles.size() + "\n");
          for (Profile p : profiles) {
            Feature f = p.feature();
            out.write(TextFields.escape(f.name()) + "\n");
            out.write(
                (f.isNominal()
                        ? String.join(
                            "\t", f.labels().stream().map(l -> TextFields.escape(l)).toList())
                        : "")
                    + "\n");
            out.write((f.isNominal() ? "nominal" : "numeric") + "\n");
            out.write(TextFields.escape(p.output()) + "\n");
            out.write(numbers(p.grid()) + "\n");
            out.write(numbers(p.pdp()) + "\n");
            out.write(numbers(p.observed()) + "\n");
            out.write(p.ice().length + "\n");
            for (double[] curve : p.ice()) {
              out.write(numbers(curve) + "\n");
            }
          }
        });
  }

  /**
   * Loads profiles saved with {@link #save}.
   *
   * @param dir the node's internals directory
   * @return the profiles, or {@code null} when none were saved
   * @throws IOException if the file cannot be read or is damaged
   */
  static List<Profile> load(Path dir) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(dir.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    }
    try {
      int at = 0;
      int count = Integer.parseInt(lines.get(at++));
      List<Profile> profiles = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String name = TextFields.unescape(lines.get(at++));
        String labels = lines.get(at++);
        boolean nominal = lines.get(at++).equals("nominal");
        Feature feature =
            nominal
                ? Feature.nominal(
                    name,
                    Arrays.stream(labels.split("\t", -1)).map(l -> TextFields.unescape(l)).toList())
                : Feature.numeric(name);
        String output = TextFields.unescape(lines.get(at++));
        double[] grid = parse(lines.get(at++));
        double[] pdp = parse(lines.get(at++));
        double[] observed = parse(lines.get(at++));
        double[][] ice = new double[Integer.parseInt(lines.get(at++))][];
        for (int r = 0; r < ice.length; r++) {
          ice[r] = parse(lines.get(at++));
        }
        profiles.add(new Profile(feature, output, grid, ice, pdp, observed));
      }
      return profiles;
    } catch (RuntimeException e) {
      throw new IOException(FILE + " is damaged: " + e.getMessage(), e);
    }
  }

  private static String numbers(double[] values) {
    return String.join(" ", Arrays.stream(values).mapToObj(Double::toString).toList());
  }

  private static double[] parse(String line) {
    return line.isEmpty()
        ? new double[0]
        : Arrays.stream(line.split(" ")).mapToDouble(Double::parseDouble).toArray();
  }
}
