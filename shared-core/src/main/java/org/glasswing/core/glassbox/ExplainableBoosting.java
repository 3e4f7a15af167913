package org.glasswing.core.glassbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;

/**
 * Trains an explainable boosting machine (EBM; Lou, Caruana and Gehrke 2012, Lou et al. 2013, as in
 * InterpretML): a GA2M whose shape functions are learnt by cyclic gradient boosting of shallow
 * per-feature trees over binned values, averaged over bags (each with its own validation rows for
 * early stopping); then the strongest pairs of features, ranked by the FAST cut on the residuals of
 * the main effects, get pair terms boosted the same way. Fully deterministic for a seed.
 */
public final class ExplainableBoosting {

  /**
   * How to train.
   *
   * @param rounds the most boosting rounds per stage
   * @param learningRate the shrinkage of each tree
   * @param maxLeaves the most leaves of a feature's tree in one round
   * @param maxBins the most bins of a numeric feature in its own term
   * @param interactionBins the most bins of a numeric feature in a pair term
   * @param interactions the most pair terms (0 for none; only for regression and two classes)
   * @param bags the bags averaged
   * @param validationFraction each bag's share of validation rows, for early stopping (0: none)
   * @param patience rounds without a better validation loss before a bag stops
   * @param minLeaf the fewest training rows in a leaf
   * @param seed the seed of the bags
   */
  public record Settings(
      int rounds,
      double learningRate,
      int maxLeaves,
      int maxBins,
      int interactionBins,
      int interactions,
      int bags,
      double validationFraction,
      int patience,
      int minLeaf,
      long seed) {

    /**
     * Checks the settings.
     *
     * @param rounds rounds
     * @param learningRate learning rate
     * @param maxLeaves leaves
     * @param maxBins bins
     * @param interactionBins bins in a pair
     * @param interactions pairs
     * @param bags bags
     * @param validationFraction validation share
     * @param patience patience
     * @param minLeaf rows per leaf
     * @param seed seed
     */
    public Settings {
      require(rounds >= 1, "rounds must be at least 1");
      require(learningRate > 0 && learningRate <= 1, "the learning rate must be in (0, 1]");
      require(maxLeaves >= 2, "a tree needs at least 2 leaves");
      require(maxBins >= 2, "at least 2 bins are needed");
      require(interactionBins >= 2, "at least 2 bins are needed in a pair");
      require(interactions >= 0, "interactions must be 0 or more");
      require(bags >= 1, "at least one bag is needed");
      require(
          validationFraction >= 0 && validationFraction < 1,
          "the validation fraction must be in [0, 1)");
      require(patience >= 1, "patience must be at least 1");
      require(minLeaf >= 1, "a leaf needs at least 1 row");
    }

    /**
     * The defaults: 1000 rounds at learning rate 0.05, 3 leaves, 64 bins, 10 pairs, 8 bags with 15
     * % validation rows and patience 50, 2 rows per leaf.
     *
     * @param seed the seed
     * @return the settings
     */
    public static Settings defaults(long seed) {
      return new Settings(1000, 0.05, 3, 64, 16, 10, 8, 0.15, 50, 2, seed);
    }

    private static void require(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }

  private ExplainableBoosting() {}

  /**
   * Trains a model.
   *
   * @param data the training rows, with a target and no missing target value
   * @param settings how to train
   * @param progress told after each bag of each stage
   * @param cancel checked each round
   * @return the model
   */
  public static AdditiveModel train(
      Dataset data, Settings settings, ProgressListener progress, CancellationToken cancel) {
    Schema schema = data.schema();
    if (!schema.hasTarget()) {
      throw new IllegalArgumentException("explainable boosting needs a target column");
    }
    int n = data.numRows();
    double[] targets = data.column(schema.targetIndex());
    for (int r = 0; r < n; r++) {
      if (Double.isNaN(targets[r])) {
        throw new IllegalArgumentException("row " + (r + 1) + " has no target value");
      }
    }
    if (n < 2) {
      throw new IllegalArgumentException("explainable boosting needs at least 2 rows");
    }
    int outputs = AdditiveModel.outputs(schema);
    BoostingLoss loss =
        !schema.target().isNominal()
            ? BoostingLoss.SQUARED
            : outputs == 1 ? BoostingLoss.LOGISTIC : BoostingLoss.SOFTMAX;
    int[] inputs = schema.inputIndices();
    List<FeatureBins> bins = new ArrayList<>();
    List<FeatureBins> pairBins = new ArrayList<>();
    List<Booster.Layout> mains = new ArrayList<>();
    List<int[]> pairCells = new ArrayList<>();
    for (int column : inputs) {
      double[] values = data.column(column);
      FeatureBins b = FeatureBins.fit(schema.feature(column), values, settings.maxBins());
      bins.add(b);
      FeatureBins coarse =
          FeatureBins.fit(schema.feature(column), values, settings.interactionBins());
      pairBins.add(coarse);
      int[] cells = new int[n];
      int[] coarseCells = new int[n];
      for (int r = 0; r < n; r++) {
        cells[r] = b.bin(values[r]);
        coarseCells[r] = coarse.bin(values[r]);
      }
      pairCells.add(coarseCells);
      mains.add(
          new Booster.Layout(
              new int[] {column}, new int[] {b.size()}, cells, b.feature().isNominal()));
    }
    double[] intercept = loss.intercept(targets, outputs);
    int[][][] splits = bagSplits(n, settings);
    boolean pairs = settings.interactions() > 0 && outputs == 1 && inputs.length >= 2;
    int stages = pairs ? 2 : 1;
    double[][] start = constant(n, intercept);
    double[][][] mainTables =
        averaged(mains, start, targets, loss, splits, settings, progress, 0, stages, cancel);
    List<Booster.Layout> chosen = List.of();
    double[][][] pairTables = new double[0][][];
    if (pairs) {
      double[][] afterMains = scores(start, mains, mainTables);
      chosen = strongestPairs(pairBins, pairCells, inputs, afterMains, targets, loss, settings);
      if (!chosen.isEmpty()) {
        pairTables =
            averaged(
                chosen, afterMains, targets, loss, splits, settings, progress, 1, stages, cancel);
      }
    }
    List<ShapeTerm> terms = new ArrayList<>();
    double[] centred = intercept.clone();
    terms.addAll(centre(mains, mainTables, centred));
    terms.addAll(centre(chosen, pairTables, centred));
    progress.progress(1.0, "trained");
    return new AdditiveModel(schema, bins, pairBins, centred, terms);
  }

  /** For each bag, {training rows, validation rows}. */
  private static int[][][] bagSplits(int n, Settings settings) {
    SplittableRandom root = new SplittableRandom(settings.seed());
    int[][][] splits = new int[settings.bags()][][];
    int held = (int) Math.round(n * settings.validationFraction());
    held = Math.min(held, n - 1);
    for (int b = 0; b < settings.bags(); b++) {
      SplittableRandom random = root.split();
      int[] order = java.util.stream.IntStream.range(0, n).toArray();
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      int[] validation = java.util.Arrays.copyOfRange(order, 0, held);
      int[] train = java.util.Arrays.copyOfRange(order, held, n);
      java.util.Arrays.sort(validation);
      java.util.Arrays.sort(train);
      splits[b] = new int[][] {train, validation};
    }
    return splits;
  }

  private static double[][][] averaged(
      List<Booster.Layout> terms,
      double[][] start,
      double[] targets,
      BoostingLoss loss,
      int[][][] splits,
      Settings settings,
      ProgressListener progress,
      int stage,
      int stages,
      CancellationToken cancel) {
    double[][][] sum = null;
    for (int b = 0; b < splits.length; b++) {
      double[][][] tables =
          new Booster(loss, targets, splits[b][0], splits[b][1], settings)
              .boost(terms, start, cancel);
      if (sum == null) {
        sum = tables;
      } else {
        for (int t = 0; t < tables.length; t++) {
          for (int k = 0; k < tables[t].length; k++) {
            for (int c = 0; c < tables[t][k].length; c++) {
              sum[t][k][c] += tables[t][k][c];
            }
          }
        }
      }
      progress.progress(
          (stage + (b + 1.0) / splits.length) / stages,
          (stage == 0 ? "main effects" : "pairs") + ": bag " + (b + 1) + " of " + splits.length);
    }
    for (double[][] table : sum) {
      for (double[] scores : table) {
        for (int c = 0; c < scores.length; c++) {
          scores[c] /= splits.length;
        }
      }
    }
    return sum;
  }

  private static double[][] constant(int n, double[] intercept) {
    double[][] s = new double[n][];
    for (int r = 0; r < n; r++) {
      s[r] = intercept.clone();
    }
    return s;
  }

  private static double[][] scores(
      double[][] start, List<Booster.Layout> terms, double[][][] tables) {
    double[][] s = new double[start.length][];
    for (int r = 0; r < start.length; r++) {
      s[r] = start[r].clone();
      for (int t = 0; t < terms.size(); t++) {
        int c = terms.get(t).cells()[r];
        for (int k = 0; k < s[r].length; k++) {
          s[r][k] += tables[t][k][c];
        }
      }
    }
    return s;
  }

  /** The pairs whose FAST cut most lowers the loss on the main effects' residuals. */
  private static List<Booster.Layout> strongestPairs(
      List<FeatureBins> pairBins,
      List<int[]> pairCells,
      int[] inputs,
      double[][] scores,
      double[] targets,
      BoostingLoss loss,
      Settings settings) {
    int n = scores.length;
    double[] g = new double[n];
    double[] h = new double[n];
    double[] gradient = new double[1];
    double[] hessian = new double[1];
    for (int r = 0; r < n; r++) {
      loss.derivatives(scores[r], targets[r], gradient, hessian);
      g[r] = gradient[0];
      h[r] = hessian[0];
    }
    record Candidate(Booster.Layout layout, double gain) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < inputs.length; i++) {
      for (int j = i + 1; j < inputs.length; j++) {
        int[] a = pairCells.get(i);
        int[] b = pairCells.get(j);
        int na = pairBins.get(i).size();
        int nb = pairBins.get(j).size();
        double[][] gg = new double[na][nb];
        double[][] hh = new double[na][nb];
        int[][] cc = new int[na][nb];
        int[] cells = new int[n];
        for (int r = 0; r < n; r++) {
          int x = a[r];
          int y = b[r];
          gg[x][y] += g[r];
          hh[x][y] += h[r];
          cc[x][y]++;
          cells[r] = x * nb + y;
        }
        Quadrants q = Quadrants.best(gg, hh, cc, settings.minLeaf());
        if (q != null && q.gain() > 1e-9) {
          candidates.add(
              new Candidate(
                  new Booster.Layout(
                      new int[] {inputs[i], inputs[j]}, new int[] {na, nb}, cells, false),
                  q.gain()));
        }
      }
    }
    return candidates.stream()
        .sorted(Comparator.comparingDouble(Candidate::gain).reversed())
        .limit(settings.interactions())
        .map(Candidate::layout)
        .toList();
  }

  /** Centres each term's table on the training rows, moving its mean into the intercept. */
  private static List<ShapeTerm> centre(
      List<Booster.Layout> terms, double[][][] tables, double[] intercept) {
    List<ShapeTerm> out = new ArrayList<>();
    for (int t = 0; t < terms.size(); t++) {
      Booster.Layout layout = terms.get(t);
      int n = layout.cells().length;
      for (int k = 0; k < tables[t].length; k++) {
        double mean = 0;
        for (int c : layout.cells()) {
          mean += tables[t][k][c];
        }
        mean /= n;
        for (int c = 0; c < tables[t][k].length; c++) {
          tables[t][k][c] -= mean;
        }
        intercept[k] += mean;
      }
      out.add(new ShapeTerm(layout.columns(), layout.dims(), tables[t]));
    }
    return out;
  }
}
