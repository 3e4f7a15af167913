package org.glasswing.weka.gui;

import java.io.StringWriter;
import java.util.Map;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.ImportanceScore;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.Profile;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.io.GlobalCsvWriter;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.weka.WekaModel;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The Catalogue view's computations as plain text, for the Knowledge Flow's CatalogueMethod step:
 * the same results the Explain tab draws, one method at a time.
 */
public final class CatalogueResults {

  private CatalogueResults() {}

  /**
   * Runs one catalogue method that the Catalogue view shows and describes its result in text.
   *
   * @param method the method's name, such as {@code surrogate}
   * @param settings changed settings by parameter name, as text
   * @param trained the trained classifier
   * @param data its training data, with the class set
   * @param instance the instance the per-instance methods look at, from 1
   * @param progress where progress goes
   * @param cancel checked within the work
   * @return the text
   * @throws Exception if the method fails; an {@link IllegalArgumentException} names a bad setting
   *     or a method without a view
   */
  public static String text(
      String method,
      Map<String, String> settings,
      Classifier trained,
      Instances data,
      int instance,
      ProgressListener progress,
      CancellationToken cancel)
      throws Exception {
    MethodSpec spec =
        SanityAnalysis.offered(
            MethodCatalogue.standard().all().stream()
                .filter(s -> !s.isLocal() && s.name().equals(method))
                .findFirst()
                .orElseThrow(
                    () -> new IllegalArgumentException("no catalogue method '" + method + "'")));
    if (instance < 1 || instance > data.numInstances()) {
      throw new IllegalArgumentException(
          "instance must be from 1 to " + data.numInstances() + ", got " + instance);
    }
    ParameterValues values = spec.values(settings, n -> n);
    long seed =
        values.takes(Parameters.SEED)
            ? values.longValue(Parameters.SEED)
            : Long.parseLong(Parameters.SEED.defaultValue());
    Object shown =
        CatalogueCharts.compute(
            spec, values, new WekaModel(trained, data), data, seed, instance - 1, progress, cancel);
    return text(CatalogueCharts.result(shown), data);
  }

  private static String text(Object result, Instances data) {
    if (result instanceof SurrogateSummary s) {
      StringBuilder text = new StringBuilder();
      text.append("fidelity,").append(s.fidelity()).append('\n');
      text.append("depth,").append(s.depth()).append("\nleaves,").append(s.leaves()).append('\n');
      return text.append('\n').append(s.treeText()).append('\n').toString();
    }
    if (result instanceof ImportanceResult r) {
      StringBuilder text = new StringBuilder("attribute,importance,std\n");
      for (ImportanceScore score : r.sorted()) {
        text.append(score.feature().name())
            .append(',')
            .append(score.importance())
            .append(',')
            .append(score.std())
            .append('\n');
      }
      return text.toString();
    }
    if (result instanceof GlobalAnalyses.Profiles p) {
      StringWriter out = new StringWriter();
      GlobalCsvWriter.curveHeader(out);
      for (Profile profile : p.profiles()) {
        GlobalCsvWriter.profile(profile, p.showIce(), i -> p.rows().get(i) + 1, out);
      }
      for (AleCurve curve : p.ale()) {
        GlobalCsvWriter.ale(curve, out);
      }
      return out.toString();
    }
    if (result instanceof Interactions i) {
      StringWriter out = new StringWriter();
      GlobalCsvWriter.interactions(i, out);
      return out.toString();
    }
    if (result instanceof FairnessAnalysis.Audited a) {
      return FairnessTables.csv(a);
    }
    if (result instanceof SanityChecks.Verdicts v) {
      return SanityText.verdicts(v);
    }
    if (result instanceof SanityChecks.Curves c) {
      return SanityText.curves(c);
    }
    if (result instanceof SanityChecks.Agreements a) {
      return SanityText.agreements(a);
    }
    if (result instanceof CatalogueAnalyses.DataMap map) {
      StringBuilder text = new StringBuilder("instance,x,y\n");
      double[][] points = map.embedding().coordinates();
      for (int i = 0; i < points.length; i++) {
        text.append(i + 1).append(',').append(points[i][0]).append(',').append(points[i][1]);
        text.append('\n');
      }
      return text.toString();
    }
    String html;
    if (result instanceof CatalogueAnalyses.Examples e) {
      html = InstanceTables.examples(e, data);
    } else if (result instanceof CatalogueAnalyses.Unusual u) {
      html = InstanceTables.ood(u);
    } else if (result instanceof CounterfactualAnalysis.Found f) {
      html = InstanceTables.counterfactuals(f, data);
    } else if (result instanceof CalibrationAnalysis.Compared c) {
      html = CalibrationCharts.table(c);
    } else if (result instanceof ExampleAnalyses.Prototypes p) {
      html = ExampleTables.prototypes(p, data);
    } else if (result instanceof ExampleAnalyses.Influence f) {
      html = ExampleTables.influence(f, data);
    } else if (result instanceof EnsembleAnalysis.Found f) {
      html = EnsembleAnalysis.table(f, data);
    } else if (result instanceof ConformalRegressionAnalysis.Found f) {
      html = ConformalRegressionAnalysis.table(f);
    } else if (result instanceof ConformalAnalysis.Found f) {
      html = InstanceTables.conformal(f, data);
    } else {
      throw new IllegalStateException("no text for " + result);
    }
    return tableText(html);
  }

  /** A table of the Catalogue view as comma-separated lines. */
  static String tableText(String html) {
    return html.replaceAll("</t[dh]>\\s*<t[dh][^>]*>", ",")
            .replaceAll("<br>", "; ")
            .replaceAll("</tr>", "\n")
            .replaceAll("<[^>]+>", "")
            .replace("&rarr;", "->")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .strip()
        + "\n";
  }
}
