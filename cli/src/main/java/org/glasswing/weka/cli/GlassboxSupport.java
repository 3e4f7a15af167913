package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.glassbox.AdditiveModel;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.FeatureBins;
import org.glasswing.core.glassbox.ModelComparison;
import org.glasswing.core.glassbox.ShapeTerm;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.report.ShapeChart;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.classifiers.ExplainableBoostingMachine;
import org.glasswing.weka.classifiers.MixtureOfExperts;
import org.glasswing.weka.classifiers.SparseLogisticRegression;
import weka.core.Instances;

/** What {@code glassbox} needs beside its command: options, the comparison and the shape file. */
final class GlassboxSupport {

  private GlassboxSupport() {}

  /** The glass box's Weka options, the catalogue's names with the values given or defaulted. */
  static String[] wekaOptions(MethodSpec spec, ParameterValues values, long seed) {
    List<String> options = new ArrayList<>();
    for (Parameter p : spec.parameters()) {
      options.add("-" + p.name());
      options.add(
          switch (p.type()) {
            case INTEGER -> Integer.toString(values.integer(p));
            case REAL -> Double.toString(values.real(p));
            case LONG ->
                p.name().equals("seed") ? Long.toString(seed) : Long.toString(values.longValue(p));
            default -> values.text(p);
          });
    }
    return options.toArray(String[]::new);
  }

  /** How big the trained glass box is: terms and pairs of an EBM, inputs kept by a sparse path. */
  static java.util.Map<String, String> size(weka.classifiers.Classifier trained) {
    java.util.Map<String, String> rows = new java.util.LinkedHashMap<>();
    if (trained instanceof ExplainableBoostingMachine ebm) {
      AdditiveModel model = ebm.additiveModel();
      rows.put("glassbox_terms", Integer.toString(model.terms().size()));
      rows.put(
          "glassbox_pairs", Long.toString(model.terms().stream().filter(t -> t.isPair()).count()));
    } else if (trained instanceof SparseLogisticRegression sparse) {
      SparseLogisticModel model = sparse.sparseModel();
      rows.put("glassbox_inputs", Integer.toString(model.design().size()));
      int kept = 0;
      for (ClassPath p : model.paths()) {
        kept = Math.max(kept, p.path().kept(p.chosen()));
      }
      rows.put("glassbox_kept", Integer.toString(kept));
    } else if (trained instanceof MixtureOfExperts moe) {
      rows.put("glassbox_experts", Integer.toString(moe.mixtureModel().numExperts()));
    }
    return rows;
  }

  /** One shape chart per single-attribute term, each beside the shape CSV. */
  static void writeShapeCharts(
      java.nio.file.Path csv, AdditiveModel model, Instances data, PrintWriter stdout) {
    List<String> outputs =
        model.numScores() == 1
            ? List.of(model.scores().outputNames().get(0))
            : model.schema().target().labels();
    String scale =
        !model.schema().target().isNominal()
            ? model.schema().target().name()
            : model.numScores() == 1 ? "log-odds of " + outputs.get(0) : "softmax score";
    for (ShapeTerm t : model.terms()) {
      if (t.isPair()) {
        continue;
      }
      int column = t.columns()[0];
      String name = data.attribute(column).name();
      double[] values = data.attributeToDoubleArray(column);
      String svg =
          ShapeChart.plot(
              "shape-" + column, t, model.bins(column), values, outputs, "score (" + scale + ")");
      java.nio.file.Path file = PathTables.sibling(csv, name, ".svg");
      OutputFiles.write(file, "--shapes", stdout, w -> w.print(svg + "\n"));
    }
  }

  /** Both models' held-out predictions of the rows with a known class. */
  static ModelComparison compare(CrossValidatedPredictions box, CrossValidatedPredictions glass) {
    int[] rows = box.rowsWithClass();
    double[][] a = new double[rows.length][];
    double[][] b = new double[rows.length][];
    double[] actual = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      a[i] = box.distribution(rows[i]);
      b[i] = glass.distribution(rows[i]);
      actual[i] = box.actual(rows[i]);
    }
    return ModelComparison.of(a, b, actual, box.isNominal());
  }

  /** The shape functions: one row per term, bin (or pair of bins) and score. */
  static void writeShapes(PrintWriter w, AdditiveModel model, Instances header) {
    w.print("term,bin,output,score\n");
    List<String> outputs =
        model.numScores() == 1
            ? List.of(model.scores().outputNames().get(0))
            : model.schema().target().labels();
    for (ShapeTerm t : model.terms()) {
      int[] c = t.columns();
      double[][] scores = t.scores();
      if (!t.isPair()) {
        FeatureBins bins = model.bins(c[0]);
        for (int b = 0; b < bins.size(); b++) {
          for (int k = 0; k < scores.length; k++) {
            row(w, header.attribute(c[0]).name(), bins.label(b), outputs.get(k), scores[k][b]);
          }
        }
        continue;
      }
      FeatureBins first = model.pairBins(c[0]);
      FeatureBins second = model.pairBins(c[1]);
      String name = header.attribute(c[0]).name() + " x " + header.attribute(c[1]).name();
      for (int a = 0; a < first.size(); a++) {
        for (int b = 0; b < second.size(); b++) {
          row(
              w,
              name,
              first.label(a) + " x " + second.label(b),
              outputs.get(0),
              scores[0][t.cell(a, b)]);
        }
      }
    }
  }

  private static void row(PrintWriter w, String term, String bin, String output, double score) {
    w.print(
        Csv.field(term)
            + ","
            + Csv.field(bin)
            + ","
            + Csv.field(output)
            + ","
            + Csv.number(score)
            + "\n");
  }
}
