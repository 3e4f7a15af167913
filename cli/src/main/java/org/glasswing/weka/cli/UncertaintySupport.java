package org.glasswing.weka.cli;

import java.nio.file.Path;
import org.glasswing.core.resample.Resampling;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * What the uncertainty commands ({@code uncertainty}, {@code calibration}, {@code conformal})
 * share: the untrained classifier, a {@code --test} file read onto the model's header, the split
 * into a proper training part and a calibration part, cancellation, and CSV output.
 */
final class UncertaintySupport {

  private UncertaintySupport() {}

  /** The untrained classifier of {@code --classifier}, seeded with {@code --seed} when given. */
  static Classifier untrainedClassifier(CommonOptions common) {
    if (common.model() != null) {
      throw new UserInputException(
          "this needs to train the classifier on parts of the data; give --classifier and"
              + " --train instead of --model");
    }
    return ExplainSetup.newClassifier(common);
  }

  /** Refuses --format json: these commands write CSV. */
  static void requireCsv(CommonOptions common) {
    if (common.format() != OutputFormat.csv) {
      throw new UserInputException("this command writes CSV only; leave out --format");
    }
  }

  /** Refuses a numeric class for scores that need class probabilities. */
  static void requireNominalClass(ExplainSetup setup, String what) {
    if (!setup.schema().target().isNominal()) {
      throw new UserInputException(
          what
              + " needs a nominal class, but '"
              + setup.schema().target().name()
              + "' is numeric; choose one with --class NAME or discretise the target");
    }
  }

  /** Reads a --test file onto the model's header. */
  static Instances testData(ExplainSetup setup, Path test) {
    String name = "--test " + test;
    Instances data = setup.loadLikeModel(test, "--test");
    if (data.numInstances() == 0) {
      throw new UserInputException(name + " has no rows");
    }
    return data;
  }

  /**
   * Splits training data at random into a proper training part and a calibration part, both in
   * input order: the core's {@link Resampling#holdout} with the calibration part held out (not
   * stratified; {@code round(fraction * n)} rows calibrate).
   *
   * @param train the data
   * @param fraction the share for calibration, in (0, 1)
   * @param seed the seed
   * @return {proper, calibration}
   */
  static Instances[] split(Instances train, double fraction, long seed) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new UserInputException(
          "--calibration-fraction must be between 0 and 1 (exclusive), got " + fraction);
    }
    int calibration = Resampling.heldOutSize(train.numInstances(), fraction);
    int proper = train.numInstances() - calibration;
    if (calibration < 1 || proper < 1) {
      throw new UserInputException(
          "--calibration-fraction "
              + fraction
              + " leaves "
              + proper
              + " rows to train on and "
              + calibration
              + " to calibrate on; both need rows");
    }
    return WekaSplits.holdout(train, Resampling.holdout(train.numInstances(), fraction, seed));
  }

  /**
   * Refuses the catalogue settings of a method whose switch is off, such as {@code --members}
   * without {@code --ensemble}: they would change nothing. The shared {@code --seed} and {@code
   * --threads} are left alone.
   *
   * @param spec the command's spec, after parsing
   * @param method the method the settings belong to
   * @param on whether its switch was given
   * @param flag the switch, such as {@code --ensemble}
   * @throws UserInputException naming the first setting given without its switch
   */
  static void requireSwitch(
      picocli.CommandLine.Model.CommandSpec spec,
      org.glasswing.core.methods.MethodSpec method,
      boolean on,
      String flag) {
    if (on) {
      return;
    }
    for (String name : CatalogueOptions.given(spec, java.util.List.of(method)).keySet()) {
      if (!name.equals("seed") && !name.equals("threads")) {
        throw new UserInputException(
            "--" + name + " applies to " + flag + " only: add " + flag + " or drop --" + name);
      }
    }
  }
}
