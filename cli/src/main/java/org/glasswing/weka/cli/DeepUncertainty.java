package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.io.Csv;
import org.glasswing.core.uncertainty.McDropout;
import org.glasswing.deep.Autoencoder;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.deep.NetworkModel;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import weka.core.Instances;

/**
 * The network columns of {@code glasswing uncertainty}: Monte Carlo dropout of a {@link
 * DeepNetClassifier} and the reconstruction score of an autoencoder trained on the training rows.
 */
final class DeepUncertainty {

  /** The autoencoder's training epochs. */
  static final int AUTOENCODER_EPOCHS = 50;

  private DeepUncertainty() {}

  /**
   * Extra CSV columns: a header and one list of cells per row.
   *
   * @param header the column names, comma-separated
   * @param cells per row, the formatted cells
   */
  record Columns(String header, List<String> cells) {}

  /**
   * The Monte Carlo dropout columns.
   *
   * @param model the trained model; must be a network with dropout
   * @param rows the scored rows
   * @param samples passes per row
   * @param seed the seed
   * @param cancel checked between rows
   * @return mc_mean_prob, mc_entropy, mc_variance and mc_mutual_information
   * @throws UserInputException if the model is not a network with dropout
   */
  static Columns mcDropout(
      WekaModel model, Dataset rows, int samples, long seed, CancellationToken cancel) {
    if (!(model.classifier() instanceof DeepNetClassifier network)) {
      throw new UserInputException(
          "--mc-dropout needs a network trained with dropout ("
              + DeepNetClassifier.class.getName()
              + " -dropout P), not "
              + model.classifier().getClass().getName()
              + "; use --ensemble for any classifier");
    }
    NetworkModel differentiable = network.model(model.schema());
    if (!differentiable.isStochastic()) {
      throw new UserInputException(
          "--mc-dropout needs dropout, but the network was trained with -dropout 0 (its passes"
              + " would all agree); train it with -dropout 0.2, say");
    }
    if (samples < 2) {
      throw new UserInputException("--mc-samples must be at least 2, got " + samples);
    }
    List<String> cells = new ArrayList<>();
    for (McDropout.Score s : McDropout.score(differentiable, rows, samples, seed, cancel)) {
      cells.add(
          Csv.number(s.scores().meanProbabilities().get(s.scores().predicted()))
              + ","
              + Csv.number(s.predictiveEntropy())
              + ","
              + Csv.number(s.scores().variance())
              + ","
              + Csv.number(s.scores().mutualInformation()));
    }
    return new Columns("mc_mean_prob,mc_entropy,mc_variance,mc_mutual_information", cells);
  }

  /**
   * The autoencoder columns.
   *
   * @param train the training rows
   * @param rows the scored rows
   * @param seed the seed
   * @return ae_error and ae_percentile
   */
  static Columns autoencoder(Instances train, Dataset rows, long seed) {
    Autoencoder autoencoder = Autoencoder.fit(train, AUTOENCODER_EPOCHS, seed);
    List<double[]> values = new ArrayList<>();
    for (int r = 0; r < rows.numRows(); r++) {
      values.add(rows.row(r));
    }
    List<String> cells = new ArrayList<>();
    for (Autoencoder.Score s : autoencoder.score(values)) {
      cells.add(Csv.number(s.error()) + "," + Csv.number(s.percentile()));
    }
    return new Columns("ae_error,ae_percentile", cells);
  }
}
