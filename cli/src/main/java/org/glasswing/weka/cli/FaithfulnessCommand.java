package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.io.Csv;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.Attributions;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.core.sanity.DeletionCurves;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing faithfulness}: deletion curves of explanation methods on a Weka classifier,
 * printed as CSV {@code method,curve,auc} with curves {@code mif}, {@code lif}, {@code random} and
 * {@code srg}; with {@code --spread} also {@code random-spread} (the standard deviation of the
 * random orders' area).
 */
@Command(
    name = "faithfulness",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Deletion curves: remove attributes most-important-first (mif), least-important-first"
          + " (lif) and in random orders, and record the explained class's probability. Prints"
          + " CSV method,curve,auc with curves mif, lif, random and srg (= lif - mif; positive is"
          + " good).",
      ""
    })
public final class FaithfulnessCommand implements Callable<Integer>, CatalogueDriven {

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Mixin private MethodOptions methodOptions;

  @Option(
      names = "--spread",
      description =
          "Also print a line random-spread: the standard deviation of the random orders' area.")
  private boolean spread;

  /** Creates the command; picocli fills in the options. */
  public FaithfulnessCommand() {}

  @Override
  public java.util.List<org.glasswing.core.methods.MethodSpec> catalogueMethods() {
    List<org.glasswing.core.methods.MethodSpec> methods =
        new ArrayList<>(MethodSetup.catalogueMethods());
    methods.add(FAITHFULNESS);
    return methods;
  }

  private static final org.glasswing.core.methods.MethodSpec FAITHFULNESS =
      org.glasswing.core.methods.MethodCatalogue.standard()
          .find(org.glasswing.core.methods.Family.SANITY, "faithfulness");

  @Override
  public Integer call() {
    int randomOrders =
        CatalogueOptions.read(spec, FAITHFULNESS)
            .integer(FAITHFULNESS.parameter("random-orders").orElseThrow());
    int threads = common.threads();
    MethodSetup methods = MethodSetup.load(common, methodOptions, spec);
    ProgressLine progress = methods.progress(spec.commandLine().getErr(), "deleting");
    List<DeletionCurveResult> results = new ArrayList<>();
    try {
      EvaluationEngine engine = methods.engine(threads, progress);
      Model model = methods.model();
      Dataset rows = methods.data().selectedData();
      int[] targets = Attributions.predictedTargets(model, rows);
      DeletionCurves curves = new DeletionCurves(methods.background(), randomOrders, common.seed());
      for (Explainer explainer : methods.explainers()) {
        results.add(
            curves.run(
                Attributions.explanations(explainer, model, rows, targets, engine),
                model,
                rows,
                engine));
      }
    } finally {
      progress.finish();
    }
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> {
          out.print("method,curve,auc\n");
          for (DeletionCurveResult r : results) {
            String m = Csv.field(r.method());
            out.print(m + ",mif," + Csv.number(r.mifAuc()) + "\n");
            out.print(m + ",lif," + Csv.number(r.lifAuc()) + "\n");
            out.print(m + ",random," + Csv.number(r.randomAuc()) + "\n");
            if (spread) {
              out.print(m + ",random-spread," + Csv.number(r.randomAucSpread()) + "\n");
            }
            out.print(m + ",srg," + Csv.number(r.srg()) + "\n");
          }
        });
    return 0;
  }
}
