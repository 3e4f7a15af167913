package org.glasswing.weka.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.io.AtomicFile;
import org.glasswing.core.io.Rounding;

/** Prints timings as a table and writes them as CSV. */
public final class TimingTable {

  /** The CSV header, one column per {@link Timing} field plus the derived ones. */
  public static final String CSV_HEADER =
      "part,method,budget,rows,evaluations,seconds_1_thread,seconds_all_threads,speed_up,"
          + "overhead,seconds_per_row";

  private TimingTable() {}

  /**
   * Prints timings under a header line, then the legend.
   *
   * @param timings the lines
   * @param threads the "all cores" thread count
   * @param out where to print
   */
  public static void print(List<Timing> timings, int threads, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-28s %7s %5s %12s %12s %12s %9s %9s %10s%n",
        "method",
        "budget",
        "rows",
        "evaluations",
        "s (1 thread)",
        "s (" + threads + " threads)",
        "speed-up",
        "overhead",
        "s per row");
    for (Timing t : timings) {
      out.printf(
          Locale.ROOT,
          "%-28s %7s %5d %12s %12s %12s %9s %9s %10s%n",
          t.method(),
          t.budget(),
          t.rows(),
          t.evaluations() < 0 ? "-" : Long.toString(t.evaluations()),
          fixed(t.oneThread(), 3),
          fixed(t.allThreads(), 3),
          fixed(t.speedUp(), 2),
          fixed(t.overhead(), 2),
          fixed(t.secondsPerRow(), 5));
    }
    out.println(
        "overhead = seconds on 1 thread / seconds of the method's own model batches (recorded, then"
            + " replayed alone on 1 thread; goal <= 1.3); speed-up goal >= 1.8 on 2 quiet cores");
  }

  /**
   * A table cell: the significant digits a face asked for ({@code --digits}, the {@link
   * Rounding#inEffect() rounding in effect}), otherwise fixed decimals; "-" when not measured.
   */
  private static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "-";
    }
    Rounding rounding = Rounding.inEffect();
    return rounding.isFull()
        ? String.format(Locale.ROOT, "%." + decimals + "f", value)
        : rounding.format(value);
  }

  /**
   * Writes timings as CSV (header first, one line per timing, empty cells for figures not measured;
   * numbers in full unless a rounding is {@link Rounding#inEffect() in effect}), replacing the file
   * only once all of it is written.
   *
   * @param file the destination
   * @param timings the lines
   * @throws IOException if the file cannot be written; it is then unchanged
   */
  public static void writeCsv(Path file, List<Timing> timings) throws IOException {
    AtomicFile.writeText(
        file,
        StandardCharsets.UTF_8,
        out -> {
          out.write(CSV_HEADER + "\n");
          for (Timing t : timings) {
            out.write(
                String.join(
                        ",",
                        t.part(),
                        quoted(t.method()),
                        quoted(t.budget()),
                        Integer.toString(t.rows()),
                        t.evaluations() < 0 ? "" : Long.toString(t.evaluations()),
                        number(t.oneThread()),
                        number(t.allThreads()),
                        number(t.speedUp()),
                        number(t.overhead()),
                        number(t.secondsPerRow()))
                    + "\n");
          }
        });
  }

  /** A CSV cell: full precision unless a face set a rounding ({@code --digits}). */
  private static String number(double value) {
    return Rounding.inEffect().format(value);
  }

  private static String quoted(String text) {
    return text.contains(",") || text.contains("\"")
        ? "\"" + text.replace("\"", "\"\"") + "\""
        : text;
  }
}
