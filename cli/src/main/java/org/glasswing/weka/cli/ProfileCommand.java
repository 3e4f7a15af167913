package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.global.AccumulatedLocalEffects;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Grids;
import org.glasswing.core.global.PairProfile;
import org.glasswing.core.global.PartialDependence;
import org.glasswing.core.global.Profile;
import org.glasswing.core.io.GlobalCsvWriter;
import org.glasswing.core.model.Model;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing profile}: partial dependence and ICE curves, accumulated local effects and a
 * two-way partial dependence, as one CSV table of curve points.
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Show how the prediction changes as one attribute sweeps its range: partial dependence"
          + " (pdp, the average), individual curves per row (ice), accumulated local effects"
          + " (ale, numeric attributes) and a two-way partial dependence for a pair (pdp2)."
          + " Prints CSV "
          + GlobalCsvWriter.CURVE_HEADER
          + ".",
      ""
    })
public final class ProfileCommand implements Callable<Integer> {

  /** The default number of profiled rows when {@code --rows} is not given. */
  public static final int DEFAULT_MAX_ROWS = 200;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--features",
      paramLabel = "A,B,...",
      description = "The attributes to profile. Default: every attribute but the class.")
  private String features;

  @Option(
      names = "--grid",
      paramLabel = "N",
      defaultValue = "" + PartialDependence.DEFAULT_GRID,
      description =
          "Grid points of a numeric attribute (quantiles of --data); a nominal attribute uses"
              + " each category. Also the number of ALE intervals.")
  private int grid;

  @Option(names = "--no-ice", description = "Write the PDP only, without one curve per row.")
  private boolean noIce;

  @Option(
      names = "--ale",
      description =
          "Also write accumulated local effects of the numeric attributes profiled (nominal"
              + " ones get a note on standard error and their PDP only).")
  private boolean ale;

  @Option(
      names = "--pair",
      paramLabel = "A,B",
      description = "Also write the two-way partial dependence of this pair of attributes.")
  private String pair;

  @Option(
      names = "--max-rows",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_MAX_ROWS,
      description =
          "Without --rows, profile a sample (with --seed) of this many rows of --data; the row"
              + " column gives their numbers in --data.")
  private int maxRows;

  @Option(
      names = "--target",
      paramLabel = "LABEL",
      description =
          "The class whose probability is profiled. Default: the first class label. Not for a"
              + " numeric class.")
  private String target;

  @Option(
      names = {"-q", "--quiet"},
      description = "Do not show the progress line on standard error.")
  private boolean quiet;

  /** Creates the command; picocli fills in the options. */
  public ProfileCommand() {}

  @Override
  public Integer call() {
    GlobalSupport.refuseJson(common, "profile");
    if (grid < 2) {
      throw new UserInputException("--grid must be at least 2, got " + grid);
    }
    ExplainSetup setup = ExplainSetup.load(common);
    Schema schema = setup.schema();
    int output = GlobalSupport.output(schema, target);
    int[] columns = GlobalSupport.columns(schema, features, "--features");
    int[] pairColumns = pair == null ? null : GlobalSupport.columns(schema, pair, "--pair");
    if (pairColumns != null && pairColumns.length != 2) {
      throw new UserInputException(
          "--pair needs two different attributes, such as --pair age,income; got '" + pair + "'");
    }
    int[] rows =
        common.rowsGiven()
            ? setup.selectedRows()
            : GlobalSupport.sample(setup.data().numRows(), maxRows, common.seed());
    Dataset profiled = setup.data().select(rows);
    boolean explicit = features != null;
    List<Integer> varied = new ArrayList<>();
    for (int column : columns) {
      try {
        Grids.grid(profiled, column, grid);
        varied.add(column);
      } catch (IllegalArgumentException e) {
        if (explicit) {
          throw e;
        }
        spec.commandLine().getErr().println("glasswing: note: skipped: " + e.getMessage());
      }
    }
    if (pairColumns != null) {
      for (int column : pairColumns) {
        Grids.grid(profiled, column, grid);
      }
    }
    if (ale) {
      for (int column : varied) {
        if (schema.feature(column).isNominal()) {
          spec.commandLine()
              .getErr()
              .println(
                  "glasswing: note: no ALE for nominal attribute '"
                      + schema.feature(column).name()
                      + "' (ALE needs an order); its PDP is written");
        }
      }
    }
    Model model = setup.model();
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "profiling", !quiet);
    List<Profile> profiles = new ArrayList<>();
    List<AleCurve> curves = new ArrayList<>();
    PairProfile surface = null;
    try {
      EvaluationEngine engine = GlobalSupport.engine(common, progress);
      PartialDependence pdp = new PartialDependence(grid);
      for (int column : varied) {
        profiles.add(pdp.profile(model, profiled, column, output, engine));
        if (ale && !schema.feature(column).isNominal()) {
          curves.add(
              new AccumulatedLocalEffects(grid - 1).curve(model, profiled, column, output, engine));
        }
      }
      if (pairColumns != null) {
        surface = pdp.pair(model, profiled, pairColumns[0], pairColumns[1], output, engine);
      }
    } finally {
      progress.finish();
    }
    PairProfile two = surface;
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> {
          GlobalCsvWriter.curveHeader(out);
          for (Profile profile : profiles) {
            GlobalCsvWriter.profile(profile, !noIce, i -> rows[i] + 1, out);
          }
          for (AleCurve curve : curves) {
            GlobalCsvWriter.ale(curve, out);
          }
          if (two != null) {
            GlobalCsvWriter.pair(two, out);
          }
        });
    return 0;
  }
}
