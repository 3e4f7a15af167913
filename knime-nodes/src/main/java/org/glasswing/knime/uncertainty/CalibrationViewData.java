package org.glasswing.knime.uncertainty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.io.AtomicFile;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ReliabilityBin;

/**
 * Keeps the Calibration Scorer's metrics with the node (a small text file in its internals
 * directory, written to a temporary sibling and moved), so that its view reopens after the workflow
 * is saved and loaded. Numbers are written with {@link Double#toString} and read back exactly.
 */
final class CalibrationViewData {

  /** The file in the node's internals directory. */
  static final String FILE = "calibration-metrics.txt";

  private CalibrationViewData() {}

  static void save(CalibrationMetrics m, Path dir) throws IOException {
    AtomicFile.writeText(
        dir.resolve(FILE),
        StandardCharsets.UTF_8,
        out -> {
          out.write(
              String.join(
                      "\t",
                      Integer.toString(m.rows()),
                      Double.toString(m.accuracy()),
                      Double.toString(m.ece()),
                      Double.toString(m.eceEqualMass()),
                      Double.toString(m.mce()),
                      Double.toString(m.classwiseEce()),
                      Double.toString(m.brier()),
                      Double.toString(m.nll()))
                  + "\n");
          for (ReliabilityBin b : m.reliability()) {
            out.write(
                b.lower()
                    + "\t"
                    + b.upper()
                    + "\t"
                    + b.count()
                    + "\t"
                    + b.meanConfidence()
                    + "\t"
                    + b.accuracy()
                    + "\n");
          }
        });
  }

  /**
   * Reads saved metrics.
   *
   * @param dir the node's internals directory
   * @return the metrics, or {@code null} if none were saved
   * @throws IOException if the file cannot be read or is damaged
   */
  static CalibrationMetrics load(Path dir) throws IOException {
    Path file = dir.resolve(FILE);
    if (!Files.exists(file)) {
      return null;
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    try {
      String[] h = lines.get(0).split("\t");
      List<ReliabilityBin> bins = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] b = line.split("\t");
        bins.add(
            new ReliabilityBin(
                Double.parseDouble(b[0]),
                Double.parseDouble(b[1]),
                Integer.parseInt(b[2]),
                Double.parseDouble(b[3]),
                Double.parseDouble(b[4])));
      }
      return new CalibrationMetrics(
          Integer.parseInt(h[0]),
          Double.parseDouble(h[1]),
          Double.parseDouble(h[2]),
          Double.parseDouble(h[3]),
          Double.parseDouble(h[4]),
          Double.parseDouble(h[5]),
          Double.parseDouble(h[6]),
          Double.parseDouble(h[7]),
          bins);
    } catch (RuntimeException e) {
      throw new IOException("the saved view data " + file + " is damaged; re-execute the node", e);
    }
  }
}
