package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.bench.FriedmanData;
import org.glasswing.weka.bench.ShapleyBenchmark;
import org.glasswing.weka.bench.Timing;
import org.glasswing.weka.bench.TimingTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing bench shapley}: times and checks the Shapley methods on the Friedman-1 task and
 * prints the tables of {@link ShapleyBenchmark} on standard output.
 */
@Command(
    name = "shapley",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Time and check the Shapley methods on the Friedman-1 task: the analytic model and a"
          + " 100-tree Weka RandomForest, 100 rows, 100 background rows; then the accuracy of"
          + " kernel-shap and sampling-shapley at small budgets. Takes a few minutes; --quick"
          + " takes seconds.",
      ""
    })
public final class ShapleyBenchCommand implements Callable<Integer>, DigitsChoice {

  @Spec private CommandSpec spec;

  @Mixin private QuietOption quiet;

  @Option(
      names = "--digits",
      paramLabel = "N",
      description =
          "Significant digits of the timing tables' figures and of --csv, 1 to 17. Default: the"
              + " tables' fixed decimals and full precision in --csv, which tools read.")
  private Integer digits;

  @Override
  public org.glasswing.core.io.Rounding rounding() {
    return DigitsChoice.of(digits, true);
  }

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = FriedmanData.DEFAULT_DIRECTORY,
      description =
          "The directory with train.csv, background.csv and explain.csv, relative to the working"
              + " directory.")
  private Path dataDir;

  @Option(
      names = "--runs",
      paramLabel = "N",
      defaultValue = "5",
      description = "Timed runs per figure; the median is printed.")
  private int runs;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "The thread count compared with one thread. Default: the number of cores.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--quick",
      description =
          "A smoke run of a few seconds with the same tables: 5 rows, one run, 5 trees, a small"
              + " accuracy table. Its timings mean little.")
  private boolean quick;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description =
          "Also write every timing line as CSV (part, method, budget, rows, evaluations, seconds"
              + " on 1 and on all threads, speed-up, overhead, seconds per row), written whole or"
              + " not at all.")
  private Path csv;

  /** Creates the command; picocli fills in the options. */
  public ShapleyBenchCommand() {}

  @Override
  public Integer call() {
    if (runs < 1) {
      throw new UserInputException("--runs must be at least 1, got " + runs);
    }
    if (threads < 1) {
      throw new UserInputException("--threads must be at least 1, got " + threads);
    }
    if (csv != null) {
      Path folder = csv.toAbsolutePath().getParent();
      if (folder != null && !Files.isDirectory(folder)) {
        throw new UserInputException(
            "--csv "
                + csv
                + ": the folder "
                + folder
                + " does not exist; create it or name another");
      }
    }
    FriedmanData data = FriedmanData.load(dataDir);
    ShapleyBenchmark.Settings settings =
        quick
            ? ShapleyBenchmark.Settings.quick(threads)
            : ShapleyBenchmark.Settings.full(runs, threads);
    CancellationToken cancelled = CancellationToken.ofCallingThread();
    PrintWriter out = spec.commandLine().getOut();
    List<Timing> timings = new ShapleyBenchmark(data, settings, out, cancelled).run();
    out.flush();
    if (csv != null) {
      OutputFiles.writeFile(csv, "--csv", () -> TimingTable.writeCsv(csv, timings));
      spec.commandLine().getErr().println("glasswing: bench: timings written to " + csv);
    }
    return 0;
  }
}
