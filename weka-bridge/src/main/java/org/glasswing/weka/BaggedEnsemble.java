package org.glasswing.weka;

import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.resample.Resampling;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Bagged copies of any Weka classifier, for ensemble disagreement: member m is trained on a
 * bootstrap sample ({@link Resampling#bootstrap}: n rows drawn with replacement from a random
 * stream of the seed and m only), and predicts the rows' class probabilities. The scores themselves
 * are computed in the core ({@link org.glasswing.core.uncertainty.EnsembleDisagreement}).
 */
public final class BaggedEnsemble {

  /** The number of members when none is given. */
  public static final int DEFAULT_MEMBERS = 10;

  private BaggedEnsemble() {}

  /**
   * Trains the members and predicts.
   *
   * @param classifier the untrained classifier (not changed)
   * @param train the training data, with a nominal class
   * @param rows the rows to predict, following the training header
   * @param members the number of members M, at least 2
   * @param seed the seed
   * @param progress receives a report after each member
   * @param cancel checked before each member
   * @return {@code [member][row][class]} probabilities
   * @throws UserInputException if M is below 2 or a member cannot be trained
   */
  public static double[][][] predict(
      Classifier classifier,
      Instances train,
      Instances rows,
      int members,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    if (members < 2) {
      throw new UserInputException("--members must be at least 2, got " + members);
    }
    double[][][] result = new double[members][][];
    for (int m = 0; m < members; m++) {
      cancel.throwIfCancelled();
      Instances bootstrap =
          WekaSplits.rows(train, Resampling.bootstrap(train.numInstances(), seed, m));
      Classifier model =
          Training.train(classifier, bootstrap, "bootstrap sample " + (m + 1) + " of " + members);
      result[m] = CrossValidatedPredictions.predict(model, rows);
      progress.progress((m + 1.0) / members, "member " + (m + 1) + " of " + members);
    }
    return result;
  }
}
