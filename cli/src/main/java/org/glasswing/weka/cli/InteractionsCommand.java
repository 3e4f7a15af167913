package org.glasswing.weka.cli;

import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.global.InteractionStrength;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.io.GlobalCsvWriter;
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
public final class InteractionsCommand implements Callable<Integer> {

  /** The default number of sample rows. */
  public static final int DEFAULT_SAMPLE = 100;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--features",
      paramLabel = "A,B,...",
      description = "The candidate attributes. Default: every attribute but the class.")
  private String features;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "" + InteractionStrength.DEFAULT_TOP,
      description = "Measure the pairs among this many top candidates.")
  private int top;

  @Option(
      names = "--sample",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_SAMPLE,
      description =
          "Rows of --data (sampled with --seed) the statistic is computed on; the cost grows with"
              + " its square.")
  private int sample;

  @Option(
      names = "--target",
      paramLabel = "LABEL",
      description = "The class whose probability is studied. Default: the first class label.")
  private String target;

  @Option(
      names = {"-q", "--quiet"},
      description = "Do not show the progress line on standard error.")
  private boolean quiet;

  /** Creates the command; picocli fills in the options. */
  public InteractionsCommand() {}

  @Override
  public Integer call() {
    GlobalSupport.refuseJson(common, "interactions");
    if (top < 2) {
      throw new UserInputException("--top must be at least 2, got " + top);
    }
    ExplainSetup setup = ExplainSetup.load(common);
    Schema schema = setup.schema();
    int output = GlobalSupport.output(schema, target);
    int[] columns = GlobalSupport.columns(schema, features, "--features");
    if (columns.length < 2) {
      throw new UserInputException("interactions need at least 2 attributes in --features");
    }
    Dataset rows =
        setup.data().select(GlobalSupport.sample(setup.data().numRows(), sample, common.seed()));
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "interactions", !quiet);
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
