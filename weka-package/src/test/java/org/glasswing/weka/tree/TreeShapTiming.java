package org.glasswing.weka.tree;

import java.io.File;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.core.tree.TreeEnsemble;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;
import weka.core.converters.CSVLoader;

/**
 * Not a test: times TreeSHAP on a 100-tree RandomForest regression (Friedman data). Arguments: the
 * directory with train.csv, background.csv and explain.csv, then the thread count.
 */
public final class TreeShapTiming {

  private TreeShapTiming() {}

  static Instances load(File file) throws Exception {
    CSVLoader loader = new CSVLoader();
    loader.setSource(file);
    Instances data = loader.getDataSet();
    data.deleteAttributeAt(data.attribute("label").index());
    data.setClass(data.attribute("y"));
    return data;
  }

  public static void main(String[] args) throws Exception {
    File dir = new File(args.length > 0 ? args[0] : "/work/shared/bench/friedman");
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    Instances train = load(new File(dir, "train.csv"));
    RandomForest forest = new RandomForest();
    forest.setNumIterations(100);
    forest.setSeed(1);
    long t0 = System.nanoTime();
    forest.buildClassifier(train);
    long t1 = System.nanoTime();
    TreeEnsemble model = WekaTreeReader.read(forest, WekaData.schema(train));
    long t2 = System.nanoTime();
    Dataset background = WekaData.dataset(load(new File(dir, "background.csv")));
    Dataset explain = WekaData.dataset(load(new File(dir, "explain.csv")));
    int nodes = 0;
    int depth = 0;
    for (var tree : model.trees()) {
      nodes += tree.nodeCount();
      depth = Math.max(depth, tree.maxDepth());
    }
    System.out.printf(
        "train %.2f s, read %.3f s, %d trees, %d nodes, max depth %d, threads %d%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, model.trees().size(), nodes, depth, threads);
    EvaluationEngine engine = EvaluationEngine.defaults().withThreads(threads);
    TreeShap path = TreeShap.pathDependent();
    TreeShap interventional = TreeShap.interventional(Background.uniform(background));
    for (int round = 0; round < 3; round++) {
      for (TreeShap shap : List.of(path, interventional)) {
        long s = System.nanoTime();
        List<Explanation> out = shap.explain(model, explain, TargetSelection.all(), engine);
        long e = System.nanoTime();
        double check = 0;
        for (Explanation x : out) {
          double sum = 0;
          for (double a : x.attributions()) {
            sum += a;
          }
          check = Math.max(check, Math.abs(sum - (x.prediction() - x.baseValue())));
        }
        System.out.printf(
            "round %d %-14s %d rows: %.3f s (max efficiency gap %.1e)%n",
            round, shap.mode().label(), out.size(), (e - s) / 1e9, check);
      }
    }
  }
}
