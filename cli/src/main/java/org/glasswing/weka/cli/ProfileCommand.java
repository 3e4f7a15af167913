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
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
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
public final class ProfileCommand implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  @Override
  public boolean allRowsByDefault() {
    return true;
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--features",
      paramLabel = "A,B,...",
      description = "The attributes to profile. Default: every attribute but the class.")
  private String features;

  @Option(
      names = "--pair",
      paramLabel = "A,B",
      description = "Also write the two-way partial dependence of this pair of attributes.")
  private String pair;

  @Option(
      names = "--target",
      paramLabel = "LABEL",
      description =
          "The class whose probability is profiled. Default: the first class label. Not for a"
              + " numeric class.")
  private String target;

  /** Creates the command; picocli fills in the options. */
  public ProfileCommand() {}

  private static final MethodSpec PROFILE =
      MethodCatalogue.standard().find(Family.GLOBAL, "profile");
  private static final Parameter GRID = PROFILE.parameter("grid").orElseThrow();
  private static final Parameter MAX_ROWS = PROFILE.parameter("max-rows").orElseThrow();
  private static final Parameter NO_ICE = PROFILE.parameter("no-ice").orElseThrow();
  private static final Parameter ALE = PROFILE.parameter("ale").orElseThrow();

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(PROFILE);
  }

  @Override
  public Integer call() {
    GlobalSupport.refuseJson(common, "profile");
    ParameterValues values = CatalogueOptions.read(spec, PROFILE);
    int grid = values.integer(GRID);
    int maxRows = values.integer(MAX_ROWS);
    boolean noIce = values.flag(NO_ICE);
    boolean ale = values.flag(ALE);
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
    ProgressLine progress =
        new ProgressLine(spec.commandLine().getErr(), "profiling", !common.quiet());
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
