package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.io.Csv;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.Agreement;
import org.glasswing.core.sanity.Attributions;
import org.glasswing.core.sanity.Similarity;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing agreement}: how far explanation methods agree on the same rows (Krishna et al.
 * 2022), printed as CSV {@code method_a,method_b,measure,value}, one line per pair and measure.
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Do explanation methods agree? For every pair of methods: feature, rank, sign and signed"
          + " rank agreement over the top-k attributes, averaged over rows. Prints CSV"
          + " method_a,method_b,measure,value.",
      ""
    })
public final class AgreementCommand implements Callable<Integer>, CatalogueDriven {

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Mixin private MethodOptions methodOptions;

  @Option(
      names = "--top-k",
      paramLabel = "K",
      description = "The number of top attributes compared. Default: 5, lowered to their number.")
  private Integer topK;

  /** Creates the command; picocli fills in the options. */
  public AgreementCommand() {}

  @Override
  public java.util.List<org.glasswing.core.methods.MethodSpec> catalogueMethods() {
    return MethodSetup.catalogueMethods();
  }

  @Override
  public Integer call() {
    int threads = common.threads();
    MethodSetup methods = MethodSetup.load(common, methodOptions, spec);
    if (methods.names().size() < 2) {
      throw new UserInputException("agreement compares methods: give at least two to --method");
    }
    int k = topK == null ? Math.min(SanityCommand.DEFAULT_TOP_K, methods.features()) : topK;
    try {
      Similarity.checkTopK(k, methods.features());
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--" + e.getMessage(), e);
    }
    ProgressLine progress = methods.progress(spec.commandLine().getErr(), "explaining");
    List<double[][]> attributions = new ArrayList<>();
    try {
      EvaluationEngine engine = methods.engine(threads, progress);
      Model model = methods.model();
      Dataset rows = methods.data().selectedData();
      int[] targets = Attributions.predictedTargets(model, rows);
      for (Explainer explainer : methods.explainers()) {
        attributions.add(Attributions.explain(explainer, model, rows, targets, engine));
      }
    } finally {
      progress.finish();
    }
    List<Agreement> pairs = Agreement.matrix(methods.names(), attributions, k);
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> {
          out.print("method_a,method_b,measure,value\n");
          for (Agreement pair : pairs) {
            double[] values = pair.values();
            for (int i = 0; i < values.length; i++) {
              out.print(
                  Csv.field(pair.methodA())
                      + ","
                      + Csv.field(pair.methodB())
                      + ","
                      + Agreement.MEASURES.get(i)
                      + ","
                      + Csv.number(values[i])
                      + "\n");
            }
          }
        });
    return 0;
  }
}
