package org.glasswing.core.shapley;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;

/**
 * Random two-class models with interactions of order two and three, under a softmax (so of every
 * order), with their background and rows: games on which estimators are compared with the exact
 * values.
 */
final class RandomModels {

  final int features;
  final Schema schema;
  final Model model;
  final Dataset background;
  final Dataset rows;

  RandomModels(int features, long seed, int backgroundRows, int explainedRows) {
    this.features = features;
    SplittableRandom random = new SplittableRandom(seed);
    this.schema = Data.numericClassification(features, "no", "yes");
    double[] single = new double[features];
    double[][] pair = new double[features][features];
    double[] triple = new double[features];
    for (int i = 0; i < features; i++) {
      single[i] = random.nextDouble(-2, 2);
      triple[i] = random.nextDouble(-2, 2);
      for (int j = i + 1; j < features; j++) {
        pair[i][j] = random.nextDouble(-1.5, 1.5);
      }
    }
    this.model =
        FunctionModel.softmax(
            schema,
            x -> {
              double score = 0;
              for (int i = 0; i < features; i++) {
                score += single[i] * Math.tanh(2 * x[i]);
                score += triple[i] * x[i] * x[(i + 1) % features] * x[(i + 2) % features];
                for (int j = i + 1; j < features; j++) {
                  score += pair[i][j] * x[i] * x[j];
                }
              }
              return new double[] {0, score};
            });
    this.background = Data.random(schema, backgroundRows, random.nextLong());
    this.rows = Data.random(schema, explainedRows, random.nextLong());
  }

  static double meanAbsoluteError(List<Explanation> exact, List<Explanation> estimate) {
    double total = 0;
    int count = 0;
    for (int i = 0; i < exact.size(); i++) {
      for (int f = 0; f < exact.get(i).size(); f++) {
        total += Math.abs(exact.get(i).attribution(f) - estimate.get(i).attribution(f));
        count++;
      }
    }
    return total / count;
  }

  /** How many attributions lie more than three reported standard errors from the exact value. */
  static int outsideThreeErrors(List<Explanation> exact, List<Explanation> estimate) {
    int outside = 0;
    for (int i = 0; i < exact.size(); i++) {
      double[] errors = estimate.get(i).standardErrors().orElseThrow();
      for (int f = 0; f < errors.length; f++) {
        double gap = Math.abs(estimate.get(i).attribution(f) - exact.get(i).attribution(f));
        if (!(gap <= 3 * errors[f] + 1e-12)) {
          outside++;
        }
      }
    }
    return outside;
  }
}
