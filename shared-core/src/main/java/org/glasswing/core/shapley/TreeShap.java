package org.glasswing.core.shapley;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.tree.DecisionTree;
import org.glasswing.core.tree.TreeEnsemble;

/**
 * Exact Shapley values of a {@link TreeEnsemble} in polynomial time, for every model output at
 * once. The ensemble is treated as the mean of its trees (see {@link TreeEnsemble}), so each tree
 * is explained separately and the values averaged.
 *
 * <p><b>Interventional</b> (the default): the game of {@link MarginalGame}, so the values equal
 * {@link ExactShapley}'s on the same background. For one explained row x and one background row b,
 * the tree's output on the hybrid row (x on S, b elsewhere) is a sum over leaves of the leaf's
 * value times a product, over the features tested on the leaf's path, of a factor A<sub>j</sub>
 * (feature j taken from x) or B<sub>j</sub> (taken from b); each factor is the product of the
 * branch decisions (0 or 1) or missing-value weights of the path's nodes on feature j. Each leaf is
 * thus a product game whose Shapley values have a closed form: when every factor is 0 or 1 (no
 * missing values), with X the features only x satisfies and Z those only b satisfies, each feature
 * of X gets (|X|−1)!|Z|!/(|X|+|Z|)! × value and each of Z minus |X|!(|Z|−1)!/(|X|+|Z|)! × value
 * (Lundberg et al. 2020, "From local explanations to global understanding with explainable AI for
 * trees", Nature Machine Intelligence 2); with fractional factors (missing values, in the explained
 * or a background row) the exact value (A<sub>i</sub>−B<sub>i</sub>) Σ<sub>S</sub>
 * |S|!(m−|S|−1)!/m! Π<sub>j∈S</sub>A<sub>j</sub> Π<sub>j∉S</sub>B<sub>j</sub> is computed by
 * expanding a polynomial. The tree is walked once per pair, pruning every branch that neither x nor
 * b can reach for some feature, so the cost is O(trees × leaves × depth) per pair at worst. Missing
 * values therefore follow the model's own handling exactly; there is no fallback to enumeration.
 *
 * <p><b>Path-dependent</b> ({@code path}): the value of a coalition S is the tree's expected output
 * when the features outside S follow the training cover proportions at each node (Lundberg, Erion
 * and Lee 2018, "Consistent individualized feature attribution for tree ensembles", Algorithm 2).
 * It needs no background; the base value is the cover-weighted mean leaf value. A missing value of
 * a feature in S follows the tree's missing-value weights.
 *
 * <p>Rows are explained in parallel on the engine's threads; each row's result depends only on that
 * row, so results do not depend on the thread count. The engine polls cancellation after each
 * background row (interventional) or tree (path).
 */
public final class TreeShap implements Explainer {

  /** The method's name. */
  public static final String METHOD = "tree-shap";

  /**
   * The {@code missing_values} setting of every explanation: missing values follow the model's own
   * handling exactly, with no fallback.
   */
  public static final String MISSING_VALUES = "as the model (exact, no fallback)";

  /** Which game the values are of. */
  public enum Mode {
    /** The interventional (marginal) game over background rows. */
    INTERVENTIONAL("interventional"),
    /** The path-dependent game over the training cover. */
    PATH_DEPENDENT("path");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    /**
     * The mode's name as the command line spells it.
     *
     * @return {@code interventional} or {@code path}
     */
    public String label() {
      return label;
    }

    /**
     * Parses a mode's command-line name.
     *
     * @param text {@code interventional} or {@code path}
     * @return the mode
     * @throws IllegalArgumentException for any other text
     */
    public static Mode parse(String text) {
      for (Mode mode : values()) {
        if (mode.label.equals(text)) {
          return mode;
        }
      }
      throw new IllegalArgumentException(
          "unknown tree-shap mode '" + text + "': use interventional or path");
    }
  }

  private final Mode mode;
  private final Background background;

  private TreeShap(Mode mode, Background background) {
    this.mode = mode;
    this.background = background;
  }

  /**
   * Interventional TreeSHAP over a background.
   *
   * @param background the rows that stand in for unknown values
   * @return the explainer
   */
  public static TreeShap interventional(Background background) {
    return new TreeShap(Mode.INTERVENTIONAL, Objects.requireNonNull(background, "background"));
  }

  /**
   * Path-dependent TreeSHAP, which needs no background.
   *
   * @return the explainer
   */
  public static TreeShap pathDependent() {
    return new TreeShap(Mode.PATH_DEPENDENT, null);
  }

  /**
   * The game the values are of.
   *
   * @return the mode
   */
  public Mode mode() {
    return mode;
  }

  /**
   * The background of the interventional mode.
   *
   * @return the background, or empty in path-dependent mode
   */
  public Optional<Background> background() {
    return Optional.ofNullable(background);
  }

  @Override
  public String method() {
    return METHOD;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also when the model is not a {@link TreeEnsemble}, or a leaf
   *     holds a missing value
   */
  @Override
  public List<Explanation> explain(
      Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine) {
    if (!(model instanceof TreeEnsemble ensemble)) {
      throw new IllegalArgumentException(
          "tree-shap explains tree models only (Weka's J48, REPTree, RandomTree and RandomForest);"
              + " use the model-agnostic exact-shapley, sampling-shapley or kernel-shap instead");
    }
    ShapleyInput.check(model, rows, background == null ? null : background.rows(), targets);
    for (DecisionTree tree : ensemble.trees()) {
      for (int node = 0; node < tree.nodeCount(); node++) {
        if (tree.isLeaf(node)) {
          for (int o = 0; o < tree.outputs(); o++) {
            if (Double.isNaN(tree.value(node, o))) {
              throw new IllegalArgumentException(
                  "a tree has a leaf with a missing value; use exact-shapley instead");
            }
          }
        }
      }
    }
    Schema schema = model.schema();
    double[][] backgroundRows = background == null ? null : background.rows().rows();
    Forest forest = new Forest(ensemble, backgroundRows);
    List<ShapleyValues> values =
        engine.run(
            model,
            rows.numRows(),
            0L,
            task ->
                mode == Mode.INTERVENTIONAL
                    ? new InterventionalJob(
                        forest, schema, rows.row(task.index()), backgroundRows, background)
                    : new PathJob(forest, schema, rows.row(task.index())));
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("mode", mode.label());
    if (background != null) {
      settings.put("background_size", Integer.toString(background.size()));
    }
    settings.put("trees", Integer.toString(ensemble.trees().size()));
    settings.put("missing_values", MISSING_VALUES);
    return ShapleyValues.toExplanations(model, rows, targets, values, METHOD, settings);
  }

  /** The most entries of the background rows' branch table (two bytes each). */
  private static final long BRANCH_TABLE_LIMIT = 16_000_000L;

  /** The trees with their weight in the mean, and what every row's job shares. */
  private static final class Forest {
    final DecisionTree[] trees;
    final double treeWeight;
    final int outputs;
    final int maxDepth;
    final double[][] expected;

    /**
     * The branch each background row takes at each node, [row][tree][node], -1 when missing; null
     * when that table would be too large, and then computed as needed.
     */
    final short[][][] backgroundBranches;

    Forest(TreeEnsemble ensemble, double[][] backgroundRows) {
      this.trees = ensemble.trees().toArray(new DecisionTree[0]);
      this.treeWeight = 1.0 / trees.length;
      this.outputs = ensemble.outputNames().size();
      int depth = 0;
      for (DecisionTree tree : trees) {
        depth = Math.max(depth, tree.maxDepth());
      }
      this.maxDepth = depth;
      this.expected = new double[trees.length][];
      for (int t = 0; t < trees.length; t++) {
        expected[t] = new double[outputs];
        addExpected(trees[t], 0, 1.0, expected[t]);
      }
      long nodes = 0;
      boolean fits = true;
      for (DecisionTree tree : trees) {
        nodes += tree.nodeCount();
        for (int node = 0; node < tree.nodeCount(); node++) {
          fits &= tree.branches(node) <= Short.MAX_VALUE;
        }
      }
      if (backgroundRows != null && fits && nodes * backgroundRows.length <= BRANCH_TABLE_LIMIT) {
        backgroundBranches = new short[backgroundRows.length][][];
        for (int b = 0; b < backgroundRows.length; b++) {
          backgroundBranches[b] = branches(backgroundRows[b]);
        }
      } else {
        backgroundBranches = null;
      }
    }

    /** The branch a row takes at every node of every tree, -1 where the value is missing. */
    short[][] branches(double[] row) {
      short[][] branches = new short[trees.length][];
      for (int t = 0; t < trees.length; t++) {
        DecisionTree tree = trees[t];
        branches[t] = new short[tree.nodeCount()];
        for (int node = 0; node < tree.nodeCount(); node++) {
          if (!tree.isLeaf(node)) {
            branches[t][node] = (short) tree.split(node).branch(row[tree.column(node)]);
          }
        }
      }
      return branches;
    }

    private static void addExpected(DecisionTree tree, int node, double weight, double[] out) {
      if (tree.isLeaf(node)) {
        for (int o = 0; o < out.length; o++) {
          out[o] += weight * tree.value(node, o);
        }
        return;
      }
      for (int k = 0; k < tree.branches(node); k++) {
        double fraction = tree.coverFraction(node, k);
        if (fraction != 0) {
          addExpected(tree, tree.child(node, k), weight * fraction, out);
        }
      }
    }
  }

  /** A job that needs no model rows: each step does a share of the work and hands out no rows. */
  private abstract static class Job implements RowJob<ShapleyValues> {
    private static final double[][] NO_ROWS = new double[0][];

    final Forest forest;
    final double[] x;
    final int[] playerOf;
    final int players;
    final double[][] phi;
    final double[] base;
    final double[] prediction;
    private final int steps;
    private int step;

    Job(Forest forest, Schema schema, double[] x, int steps) {
      this.forest = forest;
      this.x = x;
      this.playerOf = new int[schema.size()];
      Arrays.fill(playerOf, -1);
      int[] inputs = schema.inputIndices();
      for (int p = 0; p < inputs.length; p++) {
        playerOf[inputs[p]] = p;
      }
      this.players = inputs.length;
      this.phi = new double[forest.outputs][players];
      this.base = new double[forest.outputs];
      this.prediction = new double[forest.outputs];
      this.steps = steps;
    }

    @Override
    public long plannedEvaluations() {
      return 0;
    }

    @Override
    public double[][] nextBatch() {
      if (step >= steps) {
        return null;
      }
      doStep(step++);
      return NO_ROWS;
    }

    abstract void doStep(int index);

    @Override
    public void accept(double[][] outputs) {
      // no model rows were asked for
    }

    @Override
    public ShapleyValues result() {
      return new ShapleyValues(base, prediction, phi, null);
    }
  }

  /** Interventional TreeSHAP of one row: one step per background row, over every tree. */
  private static final class InterventionalJob extends Job {
    private final double[][] backgroundRows;
    private final Background background;
    private final double[] a;
    private final double[] b;
    private final int[] touched;
    private final boolean[] isTouched;
    private final double[][] mixedWeight;
    private final double[][] shapleyWeights;
    private final double[] leafValue;
    private final int[] xs;
    private final int[] zs;
    private final int[] general;
    private final double[] poly;
    private final short[][] xBranches;
    private double[] brow;
    private short[] xBranch;
    private short[] bBranch;
    private DecisionTree tree;
    private double scale;
    private int touchedCount;

    InterventionalJob(
        Forest forest,
        Schema schema,
        double[] x,
        double[][] backgroundRows,
        Background background) {
      super(forest, schema, x, backgroundRows.length);
      this.backgroundRows = backgroundRows;
      this.background = background;
      int columns = schema.size();
      this.a = new double[columns];
      this.b = new double[columns];
      Arrays.fill(a, 1.0);
      Arrays.fill(b, 1.0);
      this.touched = new int[columns];
      this.isTouched = new boolean[columns];
      this.mixedWeight = mixedWeights(players);
      this.shapleyWeights = new double[players + 1][];
      for (int m = 1; m <= players; m++) {
        shapleyWeights[m] = ExactShapley.weights(m);
      }
      this.leafValue = new double[forest.outputs];
      this.xs = new int[columns];
      this.zs = new int[columns];
      this.general = new int[columns];
      this.poly = new double[columns + 1];
      this.xBranches = forest.branches(x);
    }

    /** w[nx][nz] = (nx−1)! nz! / (nx+nz)!, the credit of one of nx features that x satisfies. */
    private static double[][] mixedWeights(int n) {
      double[][] w = new double[n + 1][n + 1];
      for (int nx = 1; nx <= n; nx++) {
        for (int nz = 0; nx + nz <= n; nz++) {
          // (nx-1)! nz! / (nx+nz)! = 1 / (nx * C(nx+nz, nz))
          double binomial = 1;
          for (int k = 1; k <= nz; k++) {
            binomial = binomial * (nx + k) / k;
          }
          w[nx][nz] = 1.0 / (nx * binomial);
        }
      }
      return w;
    }

    @Override
    void doStep(int index) {
      brow = backgroundRows[index];
      short[][] bBranches =
          forest.backgroundBranches != null
              ? forest.backgroundBranches[index]
              : forest.branches(brow);
      double pairWeight = background.weight(index) * forest.treeWeight;
      for (int t = 0; t < forest.trees.length; t++) {
        tree = forest.trees[t];
        xBranch = xBranches[t];
        bBranch = bBranches[t];
        scale = pairWeight;
        visit(0);
      }
    }

    private void visit(int node) {
      if (tree.isLeaf(node)) {
        leaf(node);
        return;
      }
      int column = tree.column(node);
      int bx = xBranch[node];
      int bb = bBranch[node];
      if (bx >= 0 && bb >= 0) {
        if (bx == bb) {
          visit(tree.child(node, bx));
          return;
        }
        double oldA = a[column];
        double oldB = b[column];
        boolean pushed = touch(column);
        if (oldA != 0) {
          b[column] = 0;
          visit(tree.child(node, bx));
          b[column] = oldB;
        }
        if (oldB != 0) {
          a[column] = 0;
          visit(tree.child(node, bb));
          a[column] = oldA;
        }
        untouch(column, pushed);
        return;
      }
      double xv = x[column];
      double bv = brow[column];
      double oldA = a[column];
      double oldB = b[column];
      boolean pushed = touch(column);
      for (int k = 0; k < tree.branches(node); k++) {
        double newA = oldA * tree.factor(node, k, xv);
        double newB = oldB * tree.factor(node, k, bv);
        if (newA == 0 && newB == 0) {
          continue;
        }
        a[column] = newA;
        b[column] = newB;
        visit(tree.child(node, k));
      }
      a[column] = oldA;
      b[column] = oldB;
      untouch(column, pushed);
    }

    private boolean touch(int column) {
      if (isTouched[column]) {
        return false;
      }
      isTouched[column] = true;
      touched[touchedCount++] = column;
      return true;
    }

    private void untouch(int column, boolean pushed) {
      if (pushed) {
        isTouched[column] = false;
        touchedCount--;
      }
    }

    private void leaf(int node) {
      double factor = scale;
      int nx = 0;
      int nz = 0;
      int ng = 0;
      for (int i = 0; i < touchedCount; i++) {
        int column = touched[i];
        double ai = a[column];
        double bi = b[column];
        if (ai == bi) {
          factor *= ai;
        } else if (ai == 1 && bi == 0) {
          xs[nx++] = column;
        } else if (ai == 0 && bi == 1) {
          zs[nz++] = column;
        } else {
          general[ng++] = column;
        }
      }
      if (factor == 0) {
        return;
      }
      int outputs = leafValue.length;
      for (int o = 0; o < outputs; o++) {
        leafValue[o] = factor * tree.value(node, o);
      }
      if (ng == 0) {
        if (nz == 0) {
          add(prediction, 1.0);
        }
        if (nx == 0) {
          add(base, 1.0);
        }
        if (nx > 0) {
          double w = mixedWeight[nx][nz];
          for (int i = 0; i < nx; i++) {
            addPhi(playerOf[xs[i]], w);
          }
        }
        if (nz > 0) {
          double w = -mixedWeight[nz][nx];
          for (int i = 0; i < nz; i++) {
            addPhi(playerOf[zs[i]], w);
          }
        }
        return;
      }
      // Fractional factors: every feature whose factors differ is a player of a product game.
      for (int i = 0; i < nx; i++) {
        general[ng++] = xs[i];
      }
      for (int i = 0; i < nz; i++) {
        general[ng++] = zs[i];
      }
      double allA = 1;
      double allB = 1;
      for (int i = 0; i < ng; i++) {
        allA *= a[general[i]];
        allB *= b[general[i]];
      }
      add(prediction, allA);
      add(base, allB);
      for (int i = 0; i < ng; i++) {
        // poly[s] = Σ over subsets S of the other players with |S| = s of Π_S a Π_rest b
        Arrays.fill(poly, 0, ng, 0.0);
        poly[0] = 1;
        int degree = 0;
        for (int j = 0; j < ng; j++) {
          if (j == i) {
            continue;
          }
          double aj = a[general[j]];
          double bj = b[general[j]];
          poly[degree + 1] = poly[degree] * aj;
          for (int s = degree; s >= 1; s--) {
            poly[s] = poly[s] * bj + poly[s - 1] * aj;
          }
          poly[0] *= bj;
          degree++;
        }
        double sum = 0;
        double[] w = shapleyWeights[ng];
        for (int s = 0; s <= degree; s++) {
          sum += w[s] * poly[s];
        }
        int column = general[i];
        addPhi(playerOf[column], (a[column] - b[column]) * sum);
      }
    }

    private void add(double[] target, double weight) {
      for (int o = 0; o < target.length; o++) {
        target[o] += weight * leafValue[o];
      }
    }

    private void addPhi(int player, double weight) {
      for (int o = 0; o < phi.length; o++) {
        phi[o][player] += weight * leafValue[o];
      }
    }
  }

  /**
   * Path-dependent TreeSHAP of one row: one step per tree (Algorithm 2 of Lundberg et al.). The
   * unique path lives in one array with four slots per element (feature, zero fraction, one
   * fraction, permutation weight), so a node copies its parent's path in one call; the branch the
   * row takes is found once per node, not once per branch; the inner loops multiply by tabled
   * reciprocals instead of dividing (a rounding difference of a few ulps, far below 1e-12).
   */
  private static final class PathJob extends Job {
    private static final int FEATURE = 0;
    private static final int ZERO = 1;
    private static final int ONE = 2;
    private static final int WEIGHT = 3;
    private static final int STRIDE = 4;

    private final double[] path;
    private final double[] own;

    /** 1 / i for every path length i, so that the inner loops multiply instead of divide. */
    private final double[] reciprocal;

    private DecisionTree tree;

    PathJob(Forest forest, Schema schema, double[] x) {
      super(forest, schema, x, forest.trees.length);
      int d = forest.maxDepth + 2;
      this.path = new double[STRIDE * ((d + 2) * (d + 3) / 2)];
      this.own = new double[forest.outputs];
      this.reciprocal = new double[d + 3];
      for (int i = 1; i < reciprocal.length; i++) {
        reciprocal[i] = 1.0 / i;
      }
    }

    @Override
    void doStep(int index) {
      tree = forest.trees[index];
      double w = forest.treeWeight;
      Arrays.fill(own, 0);
      addPrediction(0, 1.0);
      for (int o = 0; o < forest.outputs; o++) {
        prediction[o] += w * own[o];
        base[o] += w * forest.expected[index][o];
      }
      recurse(0, 0, 0, 1.0, 1.0, -1);
    }

    /** The tree's output for the row, as {@link DecisionTree#predict(double[])}, into own. */
    private void addPrediction(int node, double weight) {
      if (tree.isLeaf(node)) {
        for (int o = 0; o < own.length; o++) {
          own[o] += weight * tree.value(node, o);
        }
        return;
      }
      double value = x[tree.column(node)];
      if (Double.isNaN(value)) {
        for (int k = 0; k < tree.branches(node); k++) {
          addPrediction(tree.child(node, k), weight * tree.missingWeight(node, k));
        }
      } else {
        addPrediction(tree.child(node, tree.split(node).branch(value)), weight);
      }
    }

    /**
     * Visits a node.
     *
     * @param node the node
     * @param parentStart where the parent's path starts, in path elements
     * @param depth the length of this node's unique path, without the dummy first element
     * @param zeroFraction the share of cover that reaches the node through the parent's split
     * @param oneFraction the factor the explained row gives that branch
     * @param column the column the parent split on, -1 at the root
     */
    private void recurse(
        int node, int parentStart, int depth, double zeroFraction, double oneFraction, int column) {
      int start = parentStart + depth + 1;
      System.arraycopy(path, STRIDE * parentStart, path, STRIDE * start, STRIDE * depth);
      extend(start, depth, zeroFraction, oneFraction, column);
      if (tree.isLeaf(node)) {
        for (int i = 1; i <= depth; i++) {
          int at = STRIDE * (start + i);
          double w = unwoundSum(start, depth, i);
          double weight = w * (path[at + ONE] - path[at + ZERO]);
          int player = playerOf[(int) path[at + FEATURE]];
          double scaled = forest.treeWeight * weight;
          for (int o = 0; o < phi.length; o++) {
            phi[o][player] += scaled * tree.value(node, o);
          }
        }
        return;
      }
      int split = tree.column(node);
      double incomingZero = 1;
      double incomingOne = 1;
      int pathIndex = 0;
      for (; pathIndex <= depth; pathIndex++) {
        if ((int) path[STRIDE * (start + pathIndex) + FEATURE] == split) {
          break;
        }
      }
      if (pathIndex != depth + 1) {
        incomingZero = path[STRIDE * (start + pathIndex) + ZERO];
        incomingOne = path[STRIDE * (start + pathIndex) + ONE];
        unwind(start, depth, pathIndex);
        depth -= 1;
      }
      double value = x[split];
      boolean missing = Double.isNaN(value);
      int taken = missing ? -1 : tree.split(node).branch(value);
      for (int k = 0; k < tree.branches(node); k++) {
        double z = tree.coverFraction(node, k) * incomingZero;
        double factor = missing ? tree.missingWeight(node, k) : k == taken ? 1.0 : 0.0;
        double o = factor * incomingOne;
        if (z == 0 && o == 0) {
          continue;
        }
        recurse(tree.child(node, k), start, depth + 1, z, o, split);
      }
    }

    private void extend(int start, int depth, double zeroFraction, double oneFraction, int col) {
      int at = STRIDE * (start + depth);
      path[at + FEATURE] = col;
      path[at + ZERO] = zeroFraction;
      path[at + ONE] = oneFraction;
      path[at + WEIGHT] = depth == 0 ? 1.0 : 0.0;
      int base = STRIDE * start + WEIGHT;
      double inverse = reciprocal[depth + 1];
      for (int i = depth - 1; i >= 0; i--) {
        int w = base + STRIDE * i;
        path[w + STRIDE] += oneFraction * path[w] * (i + 1) * inverse;
        path[w] = zeroFraction * path[w] * (depth - i) * inverse;
      }
    }

    private void unwind(int start, int depth, int pathIndex) {
      int at = STRIDE * (start + pathIndex);
      double oneFraction = path[at + ONE];
      double zeroFraction = path[at + ZERO];
      int base = STRIDE * start + WEIGHT;
      double next = path[base + STRIDE * depth];
      double inverse = reciprocal[depth + 1];
      if (oneFraction != 0) {
        double scale = (depth + 1) / oneFraction;
        for (int i = depth - 1; i >= 0; i--) {
          int w = base + STRIDE * i;
          double tmp = path[w];
          path[w] = next * scale * reciprocal[i + 1];
          next = tmp - path[w] * zeroFraction * (depth - i) * inverse;
        }
      } else {
        double scale = (depth + 1) / zeroFraction;
        for (int i = depth - 1; i >= 0; i--) {
          int w = base + STRIDE * i;
          path[w] = path[w] * scale * reciprocal[depth - i];
        }
      }
      for (int i = pathIndex; i < depth; i++) {
        int to = STRIDE * (start + i);
        path[to + FEATURE] = path[to + STRIDE + FEATURE];
        path[to + ZERO] = path[to + STRIDE + ZERO];
        path[to + ONE] = path[to + STRIDE + ONE];
      }
    }

    private double unwoundSum(int start, int depth, int pathIndex) {
      int at = STRIDE * (start + pathIndex);
      double oneFraction = path[at + ONE];
      double zeroFraction = path[at + ZERO];
      int base = STRIDE * start + WEIGHT;
      double next = path[base + STRIDE * depth];
      double total = 0;
      if (oneFraction != 0) {
        double inverseOne = 1 / oneFraction;
        for (int i = depth - 1; i >= 0; i--) {
          double tmp = next * inverseOne * reciprocal[i + 1];
          total += tmp;
          next = path[base + STRIDE * i] - tmp * zeroFraction * (depth - i);
        }
      } else {
        double inverseZero = 1 / zeroFraction;
        for (int i = depth - 1; i >= 0; i--) {
          total += path[base + STRIDE * i] * inverseZero * reciprocal[depth - i];
        }
      }
      return total * (depth + 1);
    }
  }

  @Override
  public String toString() {
    return METHOD + "(" + mode.label() + ")";
  }
}
