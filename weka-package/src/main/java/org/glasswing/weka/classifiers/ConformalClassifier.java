package org.glasswing.weka.classifiers;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.methods.Family;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.weka.OptionRange;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.WekaValidation;
import org.glasswing.weka.explain.CatalogueOptionTable;
import weka.classifiers.Classifier;
import weka.core.Capabilities;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.TechnicalInformation;
import weka.core.TechnicalInformationHandler;
import weka.core.WekaException;

/**
 * Split conformal prediction around any base learner: the base learner is trained on part of the
 * training data and the rest calibrates a score threshold, so that the prediction set of a new
 * instance holds its true class with probability at least 1 - alpha (for exchangeable data). The
 * Mondrian variant calibrates each class on its own instances, which gives that coverage within
 * every class. {@link #distributionForInstance} is the base learner's, unchanged; {@link
 * #predictionSet} gives the set and every class's p-value.
 */
public class ConformalClassifier extends HeldOutClassifier implements TechnicalInformationHandler {

  private static final long serialVersionUID = 1L;

  private static final CatalogueOptionTable OPTIONS = options();

  private double alpha = OPTIONS.real("alpha");
  private ConformalScore score =
      ConformalScore.valueOf(OPTIONS.choice("score").toUpperCase(java.util.Locale.ROOT));
  private boolean mondrian = false;

  private HeldOutPredictions calibrationPredictions;
  private transient SplitConformalClassifier calibrated;
  private Instances header;

  /** Creates the classifier with the catalogue's defaults around J48. */
  public ConformalClassifier() {}

  private static CatalogueOptionTable options() {
    var conformal = CatalogueOptionTable.spec(Family.UNCERTAINTY, "conformal");
    return heldOutOptions(conformal, "")
        .with("alpha", conformal, "alpha")
        .with("score", conformal, "score")
        .with("mondrian", conformal, "mondrian");
  }

  @Override
  protected CatalogueOptionTable optionTable() {
    return OPTIONS;
  }

  /**
   * The text of the GUI's About box.
   *
   * @return the description
   */
  public String globalInfo() {
    return "Split conformal prediction around a base classifier: trains it on part of the training"
        + " data and calibrates a score threshold on the rest, so that each instance's prediction"
        + " set holds the true class with probability at least 1 - alpha. Mondrian calibrates each"
        + " class separately (coverage within every class). The class distribution is the base"
        + " classifier's, unchanged; prediction sets and p-values come from predictionSet().\n\n"
        + "For more information see:\n"
        + getTechnicalInformation().toString();
  }

  @Override
  public TechnicalInformation getTechnicalInformation() {
    TechnicalInformation book = new TechnicalInformation(TechnicalInformation.Type.BOOK);
    book.setValue(
        TechnicalInformation.Field.AUTHOR,
        "Vladimir Vovk and Alexander Gammerman and Glenn Shafer");
    book.setValue(TechnicalInformation.Field.TITLE, "Algorithmic Learning in a Random World");
    book.setValue(TechnicalInformation.Field.PUBLISHER, "Springer");
    book.setValue(TechnicalInformation.Field.YEAR, "2005");
    TechnicalInformation lac = book.add(TechnicalInformation.Type.ARTICLE);
    lac.setValue(
        TechnicalInformation.Field.AUTHOR, "Mauricio Sadinle and Jing Lei and Larry Wasserman");
    lac.setValue(
        TechnicalInformation.Field.TITLE,
        "Least Ambiguous Set-Valued Classifiers With Bounded Error Levels");
    lac.setValue(
        TechnicalInformation.Field.JOURNAL, "Journal of the American Statistical Association");
    lac.setValue(TechnicalInformation.Field.VOLUME, "114");
    lac.setValue(TechnicalInformation.Field.PAGES, "223-234");
    lac.setValue(TechnicalInformation.Field.YEAR, "2019");
    return book;
  }

  /**
   * The miscoverage level.
   *
   * @return alpha
   */
  public double getAlpha() {
    return alpha;
  }

  /**
   * Sets the miscoverage level.
   *
   * @param alpha in (0, 1)
   */
  public void setAlpha(double alpha) {
    this.alpha = (Double) OPTIONS.check("alpha", alpha);
  }

  /**
   * The tip text of alpha, from the catalogue.
   *
   * @return the tip text
   */
  public String alphaTipText() {
    return OPTIONS.tipText("alpha");
  }

  /**
   * The non-conformity score.
   *
   * @return the score
   */
  public ConformalScore getScore() {
    return score;
  }

  /**
   * Sets the score.
   *
   * @param score the score
   */
  public void setScore(ConformalScore score) {
    this.score = OptionRange.given("score", score, OPTIONS.choice("score"));
  }

  /**
   * The tip text of the score, from the catalogue.
   *
   * @return the tip text
   */
  public String scoreTipText() {
    return OPTIONS.tipText("score");
  }

  /**
   * Whether each class is calibrated on its own instances.
   *
   * @return true for Mondrian (class-conditional) conformal prediction
   */
  public boolean getMondrian() {
    return mondrian;
  }

  /**
   * Sets Mondrian calibration.
   *
   * @param mondrian true to calibrate each class on its own instances
   */
  public void setMondrian(boolean mondrian) {
    this.mondrian = mondrian;
  }

  /**
   * The tip text of Mondrian calibration, from the catalogue.
   *
   * @return the tip text
   */
  public String mondrianTipText() {
    return OPTIONS.tipText("mondrian");
  }

  @Override
  public Capabilities getCapabilities() {
    return HeldOutPredictions.limit(super.getCapabilities());
  }

  @Override
  public void buildClassifier(Instances data) throws Exception {
    Instances known = knownClassData(data);
    calibrated = null;
    Classifier[] trained = new Classifier[1];
    calibrationPredictions =
        HeldOutPredictions.split(
            m_Classifier, known, getCalibrationFraction(), getSeed(), c -> trained[0] = c);
    header = new Instances(data, 0);
    conformal();
    m_Classifier = trained[0];
  }

  /**
   * The calibrated conformal predictor of the core.
   *
   * @return the predictor
   * @throws WekaException if not built, or the calibration part is too small for alpha
   */
  public SplitConformalClassifier conformal() throws WekaException {
    if (calibrated == null) {
      if (calibrationPredictions == null) {
        throw new WekaException("ConformalClassifier has not been built");
      }
      try {
        calibrated =
            SplitConformalClassifier.calibrate(
                calibrationPredictions.toCore(),
                SplitConformalClassifier.Settings.of(alpha, score, mondrian));
      } catch (IllegalArgumentException e) {
        throw new WekaException(
            "cannot calibrate the prediction sets: "
                + e.getMessage()
                + "; give more training data, a larger -calibration-fraction or a larger -alpha",
            e);
      }
    }
    return calibrated;
  }

  /** The last distribution this thread got from any ConformalClassifier, with its set. */
  private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

  private record Last(double[] distribution, PredictionSet set) {}

  @Override
  public double[] distributionForInstance(Instance instance) throws Exception {
    double[] p = m_Classifier.distributionForInstance(instance);
    LAST.set(new Last(p, predictionSet(p)));
    return p;
  }

  /**
   * The prediction set of a distribution that a ConformalClassifier returned last in this thread:
   * how an evaluation metric, which sees only the distribution, learns the set (Weka's evaluation
   * passes the very array on).
   *
   * @param distribution an array {@link #distributionForInstance} returned
   * @return its set, or {@code null} when it is not the last array returned in this thread
   */
  public static PredictionSet lastPredictionSet(double[] distribution) {
    Last last = LAST.get();
    return last != null && last.distribution() == distribution ? last.set() : null;
  }

  /**
   * The prediction set of an instance, with every class's conformal p-value.
   *
   * @param instance the instance (its class value is ignored)
   * @return the set (class indices) and one p-value per class
   * @throws Exception if the base classifier fails or the model is not built
   */
  public PredictionSet predictionSet(Instance instance) throws Exception {
    return predictionSet(distributionForInstance(instance));
  }

  /**
   * The prediction set of a distribution this classifier returned.
   *
   * @param distribution the class distribution from {@link #distributionForInstance}
   * @return the set and the p-values; a distribution of zeros is read as uniform
   * @throws WekaException if the model is not built
   */
  public PredictionSet predictionSet(double[] distribution) throws WekaException {
    double sum = 0;
    for (double v : distribution) {
      sum += v;
    }
    double[] p = distribution;
    if (!(sum > 0)) {
      p = new double[distribution.length];
      java.util.Arrays.fill(p, 1.0 / p.length);
    }
    return conformal().predict(p);
  }

  /**
   * The class labels of a prediction set.
   *
   * @param set a set from {@link #predictionSet}
   * @return the labels, in class order
   */
  public List<String> labels(PredictionSet set) {
    List<String> labels = new ArrayList<>();
    for (int c : set.classes()) {
      labels.add(header.classAttribute().value(c));
    }
    return labels;
  }

  @Override
  public String toString() {
    if (calibrationPredictions == null) {
      return "ConformalClassifier: no model built yet.";
    }
    StringBuilder text = new StringBuilder();
    text.append("ConformalClassifier (split").append(mondrian ? ", Mondrian" : "").append(")\n\n");
    text.append("Miscoverage level alpha: ")
        .append(alpha)
        .append(" (sets hold the true class with probability >= ")
        .append(1 - alpha)
        .append(")\n");
    text.append("Score: ").append(score).append('\n');
    text.append("Calibrated on: ")
        .append(calibrationPredictions.actual().length)
        .append(" held-out instances (fraction ")
        .append(getCalibrationFraction())
        .append(", seed ")
        .append(getSeed())
        .append(")\n");
    try {
      SplitConformalClassifier c = conformal();
      text.append("Score thresholds (a class is in the set when its score is at most this):\n");
      if (mondrian) {
        for (int k = 0; k < header.classAttribute().numValues(); k++) {
          text.append("  ")
              .append(header.classAttribute().value(k))
              .append(": ")
              .append(weka.core.Utils.doubleToString(c.threshold(k), 6))
              .append('\n');
        }
      } else {
        text.append("  all classes: ")
            .append(weka.core.Utils.doubleToString(c.threshold(0), 6))
            .append('\n');
      }
      var summary = c.evaluate(calibrationPredictions.toCore());
      text.append("On the calibration instances: coverage ")
          .append(weka.core.Utils.doubleToString(summary.coverage(), 4))
          .append(", mean set size ")
          .append(weka.core.Utils.doubleToString(summary.meanSetSize(), 4))
          .append('\n');
    } catch (WekaException e) {
      text.append(e.getMessage()).append('\n');
    }
    text.append(
        "Prediction sets and p-values: ConformalClassifier.predictionSet(instance); the"
            + " AddUncertainty filter adds them to a dataset.\n");
    text.append("\nBase classifier: ").append(WekaValidation.describe(m_Classifier)).append("\n\n");
    text.append(m_Classifier.toString());
    return text.toString();
  }

  /**
   * Runs the classifier from the command line.
   *
   * @param args the options, such as {@code -t data.arff -alpha 0.05 -mondrian}
   */
  public static void main(String[] args) {
    WekaCommandLine.exit(
        WekaCommandLine.runClassifier(new ConformalClassifier(), args, System.err));
  }
}
