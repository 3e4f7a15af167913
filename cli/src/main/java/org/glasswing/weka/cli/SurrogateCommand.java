package org.glasswing.weka.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.resample.Resampling;
import org.glasswing.weka.SurrogateTree;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaSplits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.core.Instances;

/**
 * {@code glasswing surrogate}: a decision tree trained to imitate the classifier, with its fidelity
 * on held-out rows and a fidelity-vs-depth table, as text.
 */
@Command(
    name = "surrogate",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Fit one readable decision tree to the classifier's predictions (J48; REPTree for a"
          + " numeric class or with --max-depth) and say how faithfully it imitates the"
          + " classifier on held-out rows. Prints the fidelity, depth and leaves, the tree, and a"
          + " CSV table max_depth,depth,leaves,fidelity.",
      ""
    })
public final class SurrogateCommand implements Callable<Integer>, CatalogueDriven {

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description =
          "Held-out rows to measure fidelity on. Default: a random --holdout share of --data.")
  private Path test;

  /** Creates the command; picocli fills in the options. */
  public SurrogateCommand() {}

  private static final MethodSpec SURROGATE =
      MethodCatalogue.standard().find(Family.GLOBAL, "surrogate");
  private static final Parameter MAX_DEPTH = SURROGATE.parameter("max-depth").orElseThrow();
  private static final Parameter HOLDOUT = SURROGATE.parameter("holdout").orElseThrow();

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(SURROGATE);
  }

  @Override
  public Integer call() {
    GlobalSupport.refuseJson(common, "surrogate");
    ParameterValues values = CatalogueOptions.read(spec, SURROGATE);
    int maxDepth = values.integer(MAX_DEPTH);
    double holdout = values.real(HOLDOUT);
    ExplainSetup setup = ExplainSetup.load(common);
    Instances data =
        common.data() != null ? setup.loadLikeModel(common.data(), "--data") : setup.trainingData();
    if (common.rowsGiven()) { // --rows: fit and hold out only these rows
      Instances chosen = new Instances(data, 0);
      for (int r : setup.selectedRows()) {
        chosen.add(data.instance(r));
      }
      data = chosen;
    }
    Instances fit;
    Instances heldOut;
    if (test != null) {
      fit = data;
      heldOut = setup.loadLikeModel(test, "--test");
    } else {
      int held = Resampling.heldOutSize(data.numInstances(), holdout);
      if (held < 1 || held >= data.numInstances()) {
        throw new UserInputException(
            "--holdout "
                + holdout
                + " of "
                + data.numInstances()
                + " rows leaves no rows to fit on or none to hold out");
      }
      Instances[] parts =
          WekaSplits.holdout(data, Resampling.holdout(data.numInstances(), holdout, common.seed()));
      fit = parts[0];
      heldOut = parts[1];
    }
    SurrogateSummary summary =
        SurrogateTree.fit(setup.model(), fit, heldOut, maxDepth, common.seed());
    OutputFiles.write(
        common.output(), "--output", spec.commandLine().getOut(), out -> out.print(text(summary)));
    return 0;
  }

  /** The text the command prints. */
  static String text(SurrogateSummary s) {
    StringBuilder text = new StringBuilder();
    text.append("surrogate: ").append(s.learner()).append('\n');
    text.append("fidelity (")
        .append(s.measure())
        .append(" on ")
        .append(s.heldOutRows())
        .append(" held-out rows): ")
        .append(Csv.number(s.fidelity()))
        .append('\n');
    text.append("fitted on: ").append(s.fitRows()).append(" rows\n");
    text.append("depth: ").append(s.depth()).append('\n');
    text.append("leaves: ").append(s.leaves()).append('\n');
    text.append('\n').append(s.treeText()).append("\n\n");
    text.append("max_depth,depth,leaves,fidelity\n");
    for (SurrogateSummary.DepthRow row : s.byDepth()) {
      text.append(row.maxDepth())
          .append(',')
          .append(row.depth())
          .append(',')
          .append(row.leaves())
          .append(',')
          .append(Csv.number(row.fidelity()))
          .append('\n');
    }
    return text.toString();
  }
}
