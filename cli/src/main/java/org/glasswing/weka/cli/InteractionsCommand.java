package org.glasswing.weka.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.global.InteractionStrength;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.io.GlobalCsvWriter;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing interactions}: Friedman's H-statistic for the pairs of the top attributes, as
 * CSV {@code feature1,feature2,h2,h}.
 */
@Command(
    name = "interactions",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Find pairs of attributes whose effects do not simply add up: Friedman's H-statistic for"
          + " every pair of the top attributes (ranked by how much their own partial dependence"
          + " varies). Prints CSV "
          + GlobalCsvWriter.INTERACTION_HEADER
          + ", strongest first.",
      ""
    })
public final class InteractionsCommand
    implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  /** The statistic is computed on a sample of every row unless --rows chooses some. */
  @Override
  public boolean allRowsByDefault() {
    return true;
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--features",
      paramLabel = "A,B,...",
      description = "The candidate attributes. Default: every attribute but the class.")
  private String features;

  @Option(
      names = "--target",
      paramLabel = "LABEL",
      description = "The class whose probability is studied. Default: the first class label.")
  private String target;

  /** Creates the command; picocli fills in the options. */
  public InteractionsCommand() {}

  private static final MethodSpec INTERACTIONS =
      MethodCatalogue.standard().find(Family.GLOBAL, "interactions");
  private static final Parameter TOP = INTERACTIONS.parameter("top").orElseThrow();
  private static final Parameter SAMPLE = INTERACTIONS.parameter("sample").orElseThrow();

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(INTERACTIONS);
  }

  @Override
  public Integer call() {
    GlobalSupport.refuseJson(common, "interactions");
    ParameterValues values = CatalogueOptions.read(spec, INTERACTIONS);
    int top = values.integer(TOP);
    int sample = values.integer(SAMPLE);
    ExplainSetup setup = ExplainSetup.load(common);
    Schema schema = setup.schema();
    int output = GlobalSupport.output(schema, target);
    int[] columns = GlobalSupport.columns(schema, features, "--features");
    if (columns.length < 2) {
      throw new UserInputException("interactions need at least 2 attributes in --features");
    }
    Dataset pool = common.rowsGiven() ? setup.selectedData() : setup.data();
    Dataset rows = pool.select(GlobalSupport.sample(pool.numRows(), sample, common.seed()));
    ProgressLine progress =
        new ProgressLine(spec.commandLine().getErr(), "interactions", !common.quiet());
    Interactions result;
    try {
      result =
          new InteractionStrength(top)
              .compute(
                  setup.model(), rows, columns, output, GlobalSupport.engine(common, progress));
    } finally {
      progress.finish();
    }
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> GlobalCsvWriter.interactions(result, out));
    return 0;
  }
}
