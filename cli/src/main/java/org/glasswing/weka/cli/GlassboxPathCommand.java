package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.report.PathChart;
import org.glasswing.weka.classifiers.SparseLogisticRegression;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.core.Instances;

/**
 * {@code glasswing glassbox-path}: trains a sparse logistic regression along its regularisation
 * path and writes the path (CSV), its plot (SVG) and the chosen coefficients with their stability.
 */
@Command(
    name = "glassbox-path",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Which few attributes does a linear model need? Fits a lasso or elastic-net logistic"
          + " regression along a path of penalties (inputs standardised, nominal attributes one-hot),"
          + " chooses the penalty by cross-validated deviance and counts how often each input is"
          + " kept on random halves (stability selection). Prints the path as CSV, one row per"
          + " class and penalty with the inputs' coefficients per standard deviation; --plot draws"
          + " it, --coefficients writes the chosen model.",
      ""
    })
public final class GlassboxPathCommand
    implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  @Override
  public Set<String> unusedSharedOptions() {
    return Set.of("--format", "--data", "--rows", "--threads", "--model", "--classifier");
  }

  @Override
  public Map<String, String> sharedOptionDescriptions() {
    return Map.of(
        "--class",
        "The class attribute of --train: its name, or first or last. It must be nominal.",
        "--seed",
        "The seed of the cross-validation folds that choose lambda and of the stability"
            + " selection's subsamples.");
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--plot",
      paramLabel = "FILE",
      description =
          "Write the path plot to this SVG file (with more than two classes, one file per class,"
              + " named FILE-CLASS.svg).")
  private Path plot;

  @Option(
      names = "--coefficients",
      paramLabel = "FILE",
      description =
          "Write the chosen coefficients to this CSV file"
              + " (class,input,coefficient,per_sd,stability,max_stability).")
  private Path coefficients;

  /** Creates the command; picocli fills in the options. */
  public GlassboxPathCommand() {}

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(GlassboxLearners.SPARSE);
  }

  @Override
  public Integer call() throws Exception {
    SparseLogisticRegression learner =
        (SparseLogisticRegression)
            GlassboxLearners.create(spec, GlassboxLearners.SPARSE, common.seed());
    Instances data = ExplainSetup.load(common).trainingData();
    if (!data.classAttribute().isNominal()) {
      throw new org.glasswing.weka.UserInputException(
          "glassbox-path needs a nominal class; '"
              + data.classAttribute().name()
              + "' is numeric (choose another with --class)");
    }
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    learner.buildClassifier(data);
    double seconds = (System.nanoTime() - start) / 1e9;
    SparseLogisticModel model = learner.sparseModel();
    PrintWriter out = spec.commandLine().getOut();
    OutputFiles.write(common.output(), "--output", out, w -> PathTables.writePath(w, model));
    if (coefficients != null) {
      OutputFiles.write(
          coefficients, "--coefficients", out, w -> PathTables.writeCoefficients(w, model));
    }
    if (plot != null) {
      for (ClassPath path : model.paths()) {
        Path file =
            model.paths().size() == 1
                ? plot
                : PathTables.sibling(plot, model.positiveLabel(path), ".svg");
        String svg = PathChart.plot("path-" + path.label(), model, path);
        OutputFiles.write(file, "--plot", out, w -> w.print(svg + "\n"));
      }
    }
    if (!common.quiet()) {
      for (ClassPath path : model.paths()) {
        err.println("glasswing: glassbox-path: " + PathTables.summary(model, path));
      }
      err.println(
          String.format(
              Locale.ROOT,
              "glasswing: glassbox-path: %d rows, %d inputs after one-hot, trained with"
                  + " cross-validation and stability selection in %.1f s",
              data.numInstances(),
              model.design().size(),
              seconds));
      err.flush();
    }
    return 0;
  }

  /** The inputs a path keeps at its chosen step. */
  static List<String> kept(SparseLogisticModel model, ClassPath path) {
    List<String> kept = new ArrayList<>();
    double[] b = path.path().beta(path.chosen());
    for (int j = 0; j < b.length; j++) {
      if (b[j] != 0) {
        kept.add(model.design().name(j));
      }
    }
    return kept;
  }
}
