package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.EnsembleDisagreement;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.weka.BaggedEnsemble;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * {@code glasswing uncertainty}: per-row scores of how sure the classifier is, and optionally how
 * much bagged copies disagree, a conformal prediction set, and how unusual the row is.
 */
@Command(
    name = "uncertainty",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "How sure is the classifier about each row? Prints CSV with one line per row:"
          + " row,predicted,max_prob,margin,entropy, plus the columns of --ensemble, --conformal,"
          + " --ood, --mc-dropout and --autoencoder.",
      ""
    })
public final class UncertaintyCommand
    implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  @Override
  public boolean allRowsByDefault() {
    return true;
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--ensemble",
      description =
          "Add ensemble_variance, ensemble_disagreement and mutual_information from --members"
              + " bagged copies of the classifier.")
  private boolean ensemble;

  /** From the catalogue's --members, read in call(). */
  private int members;

  @Option(
      names = "--conformal",
      description =
          "Add the split conformal prediction set (column set) of a copy trained on the training"
              + " rows left after --calibration-fraction.")
  private boolean conformal;

  /** From the catalogue's conformal --alpha, --calibration-fraction, --score, --mondrian. */
  private double alpha;

  private double calibrationFraction;
  private String score;
  private boolean mondrian;

  @Option(
      names = "--ood",
      description =
          "Add knn_distance, knn_percentile, mahalanobis and mahalanobis_percentile: how unusual"
              + " the row is compared with the training rows.")
  private boolean ood;

  /** From the catalogue's --neighbours, read in call(). */
  private int neighbours;

  @Option(
      names = "--mc-dropout",
      description =
          "Networks trained with dropout (org.glasswing.deep.DeepNetClassifier -dropout P): add"
              + " mc_mean_prob, mc_entropy, mc_variance and mc_mutual_information from"
              + " --mc-samples passes with dropout on.")
  private boolean mcDropout;

  /** From the catalogue's --mc-samples, read in call(). */
  private int mcSamples;

  @Option(
      names = "--autoencoder",
      description =
          "Add ae_error and ae_percentile: the reconstruction error of a small autoencoder trained"
              + " on the training rows, and its percentile among those of held-out training rows.")
  private boolean autoencoder;

  /** Creates the command; picocli fills in the options. */
  public UncertaintyCommand() {}

  private static final MethodSpec OOD = MethodCatalogue.standard().find(Family.UNCERTAINTY, "ood");
  private static final MethodSpec ENSEMBLE =
      MethodCatalogue.standard().find(Family.UNCERTAINTY, "ensemble");

  private static final MethodSpec MC_DROPOUT =
      MethodCatalogue.standard().find(Family.UNCERTAINTY, "mc-dropout");

  /** The conformal settings this command takes: its sets are calibrated on a split, not folds. */
  private static final MethodSpec CONFORMAL =
      MethodCatalogue.standard()
          .find(Family.UNCERTAINTY, "conformal")
          .restrictedTo(List.of("alpha", "calibration-fraction", "score", "mondrian"));

  /**
   * The methods whose settings are derived: the out-of-distribution and ensemble scores, and the
   * four conformal settings that apply to a set calibrated on a split.
   */
  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(OOD, ENSEMBLE, CONFORMAL, MC_DROPOUT);
  }

  @Override
  public Integer call() {
    UncertaintySupport.requireCsv(common);
    UncertaintySupport.requireSwitch(spec, OOD, ood, "--ood");
    UncertaintySupport.requireSwitch(spec, ENSEMBLE, ensemble, "--ensemble");
    UncertaintySupport.requireSwitch(spec, CONFORMAL, conformal, "--conformal");
    UncertaintySupport.requireSwitch(spec, MC_DROPOUT, mcDropout, "--mc-dropout");
    neighbours =
        CatalogueOptions.read(spec, OOD).integer(OOD.parameter("neighbours").orElseThrow());
    members =
        CatalogueOptions.read(spec, ENSEMBLE).integer(ENSEMBLE.parameter("members").orElseThrow());
    ParameterValues conformalValues = CatalogueOptions.read(spec, CONFORMAL);
    alpha = conformalValues.real(CONFORMAL.parameter("alpha").orElseThrow());
    calibrationFraction =
        conformalValues.real(CONFORMAL.parameter("calibration-fraction").orElseThrow());
    score = conformalValues.text(CONFORMAL.parameter("score").orElseThrow());
    mondrian = conformalValues.flag(CONFORMAL.parameter("mondrian").orElseThrow());
    ConformalScore conformalScore = ConformalScore.parse(score);
    ExplainSetup setup = ExplainSetup.load(common);
    UncertaintySupport.requireNominalClass(setup, "per-row uncertainty scores");
    int[] rows =
        common.rowsGiven()
            ? setup.selectedRows()
            : java.util.stream.IntStream.range(0, setup.data().numRows()).toArray();
    Dataset selected = setup.data().select(rows);
    List<String> labels = setup.schema().target().labels();
    Instances train = setup.trainingData();
    if ((ensemble || conformal || ood || autoencoder) && train == null) {
      throw new UserInputException("--ensemble, --conformal, --ood and --autoencoder need --train");
    }
    mcSamples =
        CatalogueOptions.read(spec, MC_DROPOUT)
            .integer(MC_DROPOUT.parameter("mc-samples").orElseThrow());
    CancellationToken cancel = CancellationToken.ofCallingThread();
    double[][] probabilities = setup.model().predict(selected.rows());

    List<EnsembleDisagreement.Scores> ensembleScores = null;
    List<PredictionSet> sets = null;
    List<OutOfDistribution.Score> oodScores = null;
    List<DeepUncertainty.Columns> extra = new ArrayList<>();
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "scoring", true);
    try {
      if (ensemble) {
        Classifier classifier = UncertaintySupport.untrainedClassifier(common);
        ensembleScores =
            EnsembleDisagreement.of(
                BaggedEnsemble.predict(
                    classifier,
                    train,
                    instances(selected, setup),
                    members,
                    common.seed(),
                    progress,
                    cancel));
      }
      if (conformal) {
        SplitConformalClassifier.Settings settings =
            SplitConformalClassifier.Settings.of(alpha, conformalScore, mondrian);
        Classifier classifier = UncertaintySupport.untrainedClassifier(common);
        Instances[] parts = UncertaintySupport.split(train, calibrationFraction, common.seed());
        Classifier model = Training.train(classifier, parts[0], "the proper part");
        SplitConformalClassifier calibrated =
            SplitConformalClassifier.calibrate(
                CrossValidatedPredictions.ofTrained(model, parts[1]).classPredictions(), settings);
        CrossValidatedPredictions p =
            CrossValidatedPredictions.ofTrained(model, instances(selected, setup));
        sets = new ArrayList<>();
        for (int r = 0; r < p.numRows(); r++) {
          sets.add(calibrated.predict(p.distribution(r)));
        }
      }
      if (ood) {
        OutOfDistribution fitted =
            OutOfDistribution.fit(WekaData.dataset(train), neighbours, progress, cancel);
        if (common.data() == null) {
          // The rows are training rows: use their own scores, which leave each row out.
          oodScores = new ArrayList<>();
          for (int r : rows) {
            oodScores.add(fitted.trainingScores().get(r));
          }
        } else {
          oodScores = fitted.score(selected, cancel);
        }
      }
      if (mcDropout) {
        extra.add(
            DeepUncertainty.mcDropout(setup.model(), selected, mcSamples, common.seed(), cancel));
      }
      if (autoencoder) {
        extra.add(DeepUncertainty.autoencoder(train, selected, common.seed()));
      }
    } finally {
      progress.finish();
    }
    if (sets != null) {
      Warnings.emptyConformalSets(
          spec.commandLine().getErr(),
          sets.stream().filter(set -> set.size() == 0).count(),
          sets.size(),
          alpha);
    }
    double[] actual = selected.column(setup.schema().targetIndex());
    boolean labelled = java.util.Arrays.stream(actual).anyMatch(v -> !Double.isNaN(v));
    write(
        rows,
        labels,
        probabilities,
        ensembleScores,
        sets,
        oodScores,
        extra,
        labelled ? actual : null);
    return 0;
  }

  private static Instances instances(Dataset rows, ExplainSetup setup) {
    Instances header = setup.header();
    Instances result = new Instances(header, rows.numRows());
    for (int r = 0; r < rows.numRows(); r++) {
      result.add(WekaData.instance(rows.row(r), header));
    }
    return result;
  }

  private void write(
      int[] rows,
      List<String> labels,
      double[][] probabilities,
      List<EnsembleDisagreement.Scores> ensembleScores,
      List<PredictionSet> sets,
      List<OutOfDistribution.Score> oodScores,
      List<DeepUncertainty.Columns> extra,
      double[] actual) {
    StringBuilder header = new StringBuilder("row,predicted,max_prob,margin,entropy");
    if (ensembleScores != null) {
      header.append(",ensemble_variance,ensemble_disagreement,mutual_information");
    }
    if (sets != null) {
      header.append(",set");
    }
    if (oodScores != null) {
      header.append(",knn_distance,knn_percentile,mahalanobis,mahalanobis_percentile");
    }
    for (DeepUncertainty.Columns columns : extra) {
      header.append(',').append(columns.header());
    }
    if (actual != null) {
      header.append(",actual,correct");
    }
    PrintWriter out = spec.commandLine().getOut();
    OutputFiles.write(
        common.output(),
        "--output",
        out,
        w -> {
          w.print(header + "\n");
          for (int i = 0; i < rows.length; i++) {
            PredictiveScores s = PredictiveScores.of(probabilities[i]);
            StringBuilder line = new StringBuilder();
            line.append(rows[i] + 1)
                .append(',')
                .append(Csv.field(labels.get(s.predicted())))
                .append(',')
                .append(Csv.number(s.maxProbability()))
                .append(',')
                .append(Csv.number(s.margin()))
                .append(',')
                .append(Csv.number(s.entropy()));
            if (ensembleScores != null) {
              EnsembleDisagreement.Scores e = ensembleScores.get(i);
              line.append(',')
                  .append(Csv.number(e.variance()))
                  .append(',')
                  .append(Csv.number(e.disagreement()))
                  .append(',')
                  .append(Csv.number(e.mutualInformation()));
            }
            if (sets != null) {
              line.append(',').append(Csv.field(sets.get(i).format(labels)));
            }
            if (oodScores != null) {
              OutOfDistribution.Score o = oodScores.get(i);
              line.append(',')
                  .append(Csv.number(o.knnDistance()))
                  .append(',')
                  .append(Csv.number(o.knnPercentile()))
                  .append(',')
                  .append(Csv.number(o.mahalanobis()))
                  .append(',')
                  .append(Csv.number(o.mahalanobisPercentile()));
            }
            for (DeepUncertainty.Columns columns : extra) {
              line.append(',').append(columns.cells().get(i));
            }
            if (actual != null) {
              boolean known = !Double.isNaN(actual[i]);
              line.append(',')
                  .append(known ? Csv.field(labels.get((int) actual[i])) : "")
                  .append(',')
                  .append(known ? Boolean.toString(actual[i] == s.predicted()) : "");
            }
            w.print(line + "\n");
          }
        });
  }
}
