package org.glasswing.weka.classifiers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Schema;
import org.glasswing.core.glassbox.AdditiveModel;
import org.glasswing.core.glassbox.FeatureBins;
import org.glasswing.core.glassbox.ShapeTerm;
import org.glasswing.weka.WekaData;
import weka.core.Instances;

/**
 * An additive model as a saved Weka model holds it: the training header and plain arrays (cut
 * points, term tables, intercept), so that a {@code .model} file carries no core class and loads
 * through the allow-list of plain Weka and JDK types.
 */
final class SavedAdditiveModel implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Instances header;
  private final double[][] cuts;
  private final double[][] pairCuts;
  private final int[][] columns;
  private final int[][] dims;
  private final double[][][] scores;
  private final double[] intercept;

  private SavedAdditiveModel(
      Instances header,
      double[][] cuts,
      double[][] pairCuts,
      int[][] columns,
      int[][] dims,
      double[][][] scores,
      double[] intercept) {
    this.header = header;
    this.cuts = cuts;
    this.pairCuts = pairCuts;
    this.columns = columns;
    this.dims = dims;
    this.scores = scores;
    this.intercept = intercept;
  }

  static SavedAdditiveModel of(AdditiveModel model, Instances header) {
    int[] inputs = model.schema().inputIndices();
    double[][] cuts = new double[inputs.length][];
    double[][] pairCuts = new double[inputs.length][];
    for (int i = 0; i < inputs.length; i++) {
      cuts[i] = model.bins(inputs[i]).cuts();
      pairCuts[i] = model.pairBins(inputs[i]).cuts();
    }
    List<ShapeTerm> terms = model.terms();
    int[][] columns = new int[terms.size()][];
    int[][] dims = new int[terms.size()][];
    double[][][] scores = new double[terms.size()][][];
    for (int t = 0; t < terms.size(); t++) {
      columns[t] = terms.get(t).columns();
      dims[t] = terms.get(t).dims();
      scores[t] = terms.get(t).scores();
    }
    return new SavedAdditiveModel(header, cuts, pairCuts, columns, dims, scores, model.intercept());
  }

  Instances header() {
    return header;
  }

  AdditiveModel restore() {
    Schema schema = WekaData.schema(header);
    int[] inputs = schema.inputIndices();
    List<FeatureBins> bins = new ArrayList<>();
    List<FeatureBins> pairBins = new ArrayList<>();
    for (int i = 0; i < inputs.length; i++) {
      bins.add(FeatureBins.of(schema.feature(inputs[i]), cuts[i]));
      pairBins.add(FeatureBins.of(schema.feature(inputs[i]), pairCuts[i]));
    }
    List<ShapeTerm> terms = new ArrayList<>();
    for (int t = 0; t < columns.length; t++) {
      terms.add(new ShapeTerm(columns[t], dims[t], scores[t]));
    }
    return new AdditiveModel(schema, bins, pairBins, intercept, terms);
  }
}
