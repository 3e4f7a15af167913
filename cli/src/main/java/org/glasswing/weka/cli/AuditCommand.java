package org.glasswing.weka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.embedding.FeatureMatrix;
import org.glasswing.core.embedding.Pca;
import org.glasswing.core.embedding.Tsne;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.gradient.Baseline;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.gradient.IntegratedGradients;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.ConformalSummary;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.KnnDifficulty;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.core.uncertainty.TemperatureScaling;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.deep.NetworkModel;
import org.glasswing.report.CalibrationSection;
import org.glasswing.report.ConformalSection;
import org.glasswing.report.DatasetSummarySection;
import org.glasswing.report.GlobalImportanceSection;
import org.glasswing.report.HeatmapSection;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.report.LimeSection;
import org.glasswing.report.LocalExplanationSection;
import org.glasswing.report.OcclusionSection;
import org.glasswing.report.OutputKind;
import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.report.SettingsSection;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.RowRange;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * {@code glasswing audit}: one self-contained HTML page about a dataset and a classifier: the data,
 * the cross-validated accuracy, which attributes matter overall and why a few rows got their
 * prediction.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    defaultValueProvider = AuditCommand.Defaults.class,
    description = {
      "Write an HTML audit report of a Weka classifier on a dataset: data summary, 10-fold"
          + " cross-validated performance, global attribute importance (mean |Shapley value|)"
          + " and local explanations of a few rows. --output names the report's directory.",
      ""
    })
public final class AuditCommand implements Callable<Integer> {

  /** The report directory when {@code --output} is not given. */
  public static final Path DEFAULT_DIRECTORY = Path.of("glasswing-report");

  /** The name of the page inside the report directory. */
  public static final String REPORT_FILE = "report.html";

  /** Rows explained for the global importance by an exact method, when not given. */
  public static final int FAST_IMPORTANCE_ROWS = 500;

  /** Rows explained for the global importance by sampling Shapley, when not given. */
  public static final int SAMPLED_IMPORTANCE_ROWS = 200;

  /** Folds over which the temperature is fitted on some predictions and applied to the others. */
  public static final int CALIBRATION_FOLDS = 5;

  /** The allowed error rate of the conformal prediction sets in the report. */
  public static final double CONFORMAL_ALPHA = 0.1;

  /** Integration steps of the image heat maps. */
  public static final int IMAGE_STEPS = 64;

  /** How many rows get a local explanation when {@code --rows} is not given. */
  public static final int DEFAULT_LOCAL_ROWS = 3;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--importance-rows",
      paramLabel = "N",
      description =
          "Rows of --data explained for the global importance, drawn with --seed (all when"
              + " fewer). Default: "
              + FAST_IMPORTANCE_ROWS
              + " for tree models (TreeSHAP) and exact Shapley values (up to 12 attributes), "
              + SAMPLED_IMPORTANCE_ROWS
              + " otherwise.")
  private Integer importanceRows;

  @Option(
      names = "--background-size",
      paramLabel = "N",
      defaultValue = "100",
      description = "Background rows drawn from the training data with --seed.")
  private int backgroundSize;

  @Option(
      names = "--budget",
      paramLabel = "N",
      description =
          "Coalitions per row of KernelSHAP, which the audit uses (by the catalogue's auto rule)"
              + " for a model that is not a tree TreeSHAP reads and has more than 12 attributes."
              + " Default: the catalogue's, 2n+2048 for n attributes.")
  private Integer budget;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "" + WekaValidation.DEFAULT_FOLDS,
      description = "Folds of the cross-validation.")
  private int folds;

  @Option(
      names = {"-q", "--quiet"},
      description = "Do not show progress on standard error.")
  private boolean quiet;

  private final Map<String, String> timings = new LinkedHashMap<>();
  private final Map<String, String> notes = new LinkedHashMap<>();

  /** The audit's own defaults for shared options: fewer rows, since each gets a chart. */
  static final class Defaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec argument) {
      return argument instanceof OptionSpec option && "--rows".equals(option.longestName())
          ? "1-" + DEFAULT_LOCAL_ROWS
          : null;
    }
  }

  /** Creates the command; picocli fills in the options. */
  public AuditCommand() {}

  @Override
  public Integer call() throws IOException {
    checkOptions();
    Path directory = common.output() == null ? DEFAULT_DIRECTORY : common.output();
    long start = System.nanoTime();
    ExplainSetup setup = ExplainSetup.load(common);
    Instances train = setup.trainingData();
    OutputKind kind =
        setup.schema().target().isNominal()
            ? OutputKind.CLASS_PROBABILITY
            : OutputKind.NUMERIC_VALUE;
    int[] localRows =
        common.rowsGiven()
            ? setup.selectedRows()
            : RowRange.firstRows(DEFAULT_LOCAL_ROWS, setup.data().numRows());

    List<ReportSection> sections = new ArrayList<>();
    Dataset summarised = train != null ? WekaData.dataset(train) : setup.data();
    String summaryName = train != null ? train.relationName() : setup.dataName();

    WekaModel model = timed("training", "training the classifier", setup::model);
    Classifier classifier = model.classifier();
    String described = WekaValidation.describe(classifier);
    ImageShape image =
        classifier instanceof DeepNetClassifier network ? network.encoding().image() : null;
    if (image == null) {
      sections.add(new DatasetSummarySection(summarised, summaryName));
    } else {
      notes.put("data summary", "not shown: one column per pixel (" + image + ") says little");
    }
    boolean testOnly = setup.usesSavedModel() && train == null;
    Instances evaluated = testOnly ? setup.dataInstances() : train;
    int usedFolds = Math.min(folds, evaluated.numInstances());
    String validation =
        testOnly
            ? "the saved model tested on " + setup.dataName() + " (no retraining)"
            : usedFolds + "-fold cross-validation (seed " + common.seed() + ")";
    CrossValidatedPredictions predictions =
        timed(
            "validation",
            testOnly ? "testing the saved model on " + setup.dataName() : validation,
            () ->
                testOnly
                    ? CrossValidatedPredictions.ofTrained(classifier, evaluated)
                    : withProgress(
                        "cross-validating",
                        progress ->
                            CrossValidatedPredictions.crossValidate(
                                setup.newClassifier(),
                                train,
                                usedFolds,
                                common.seed(),
                                progress,
                                CancellationToken.ofCallingThread())));
    sections.add(WekaValidation.section(predictions, evaluated, described, validation));
    if (predictions.isNominal()) {
      ClassPredictions outOfSample = predictions.classPredictions();
      sections.add(
          new CalibrationSection(
              validation,
              CalibrationMetrics.of(outOfSample),
              "temperature scaling, fitted on the other folds",
              CalibrationMetrics.of(
                  CrossFitting.calibrate(
                      new TemperatureScaling(),
                      outOfSample,
                      Math.min(CALIBRATION_FOLDS, outOfSample.size()),
                      common.seed()))));
      if (train != null) {
        boolean dataIsTrain = common.data() == null;
        double[][] probabilities =
            dataIsTrain ? outOfFold(predictions) : model.predict(setup.data().rows());
        sections.add(
            timed(
                "prediction uncertainty",
                "uncertainty of every row",
                () ->
                    withProgress(
                        "uncertainty",
                        progress ->
                            AuditViews.predictionUncertainty(
                                probabilities,
                                dataIsTrain
                                    ? "out-of-fold predictions of the " + validation
                                    : "the classifier trained on all training rows",
                                setup.dataInstances(),
                                row -> row + 1,
                                train,
                                dataIsTrain,
                                setup.newClassifier(),
                                common.seed(),
                                progress,
                                CancellationToken.ofCallingThread()))));
      }
      if (!testOnly) {
        try {
          sections.add(
              timed(
                  "conformal",
                  "conformal prediction sets (" + usedFolds + " folds)",
                  () -> conformal(setup.newClassifier(), train, usedFolds)));
        } catch (IllegalArgumentException e) {
          // Too little data to calibrate is a fact about the data, not a failure of the audit.
          notes.put("conformal prediction sets", "not shown: " + e.getMessage());
        }
      }
    }

    if (image != null) {
      DeepNetClassifier network = (DeepNetClassifier) classifier;
      NetworkModel differentiable = network.model(model.schema());
      Dataset images = setup.data().select(localRows);
      List<Explanation> maps =
          timed(
              "heatmaps",
              "integrated gradients for " + localRows.length + " images",
              () ->
                  withEngine(
                      "explaining",
                      engine ->
                          new IntegratedGradients(IMAGE_STEPS, Baseline.zeros())
                              .explain(
                                  differentiable, images, TargetSelection.predicted(), engine)));
      sections.add(new HeatmapSection(maps, image, row -> localRows[row] + 1));
      notes.put(
          "tabular views",
          "not shown for an image network: Shapley values, LIME, profiles, surrogate trees and"
              + " counterfactuals per pixel say little; see glasswing explain --method"
              + " grad-cam|smoothgrad and glasswing sanity --test parameter-randomization");
      Map<String, String> settings = new LinkedHashMap<>();
      settings.put("classifier", described);
      settings.put("data", setup.dataName());
      settings.put(
          "explanation method",
          "Integrated Gradients, " + IMAGE_STEPS + " steps, black (all-zero) baseline");
      settings.put("cross-validation folds", Integer.toString(folds));
      settings.put("seed", Long.toString(common.seed()));
      settings.put("threads", Integer.toString(common.threads()));
      return write(directory, sections, settings, start, described, summaryName, setup);
    }
    Background background = setup.sampleBackground(backgroundSize, common.seed());
    AuditExplainer method = AuditExplainer.choose(model, background, budget(), common.seed());
    int wanted =
        importanceRows != null
            ? importanceRows
            : method.isExact() ? FAST_IMPORTANCE_ROWS : SAMPLED_IMPORTANCE_ROWS;
    int[] globalRows = GlobalSupport.sample(setup.data().numRows(), wanted, common.seed());
    List<Explanation> global =
        timed(
            "global importance",
            "explaining " + globalRows.length + " rows for the global importance",
            () -> explain(method, setup.data().select(globalRows), TargetSelection.predicted()));
    GlobalImportance importance = GlobalImportance.meanAbsolute(global);
    sections.add(
        new GlobalImportanceSection(
            importance, method.description() + ", for the predicted class", kind));
    long seed = common.seed();
    sections.add(
        timed(
            "permutation importance",
            "permutation importance (" + AuditViews.IMPORTANCE_FOLDS + " folds)",
            () ->
                withEngine(
                    "permuting",
                    engine ->
                        AuditViews.permutationImportance(common, setup, train, seed, engine))));
    addIfPresent(
        sections,
        timed(
            "profiles",
            "partial dependence of the top features",
            () ->
                withEngine(
                    "profiling",
                    engine ->
                        AuditViews.profiles(model, setup.data(), importance, kind, seed, engine))));
    addIfPresent(
        sections,
        timed(
            "interactions",
            "interactions of the top features",
            () ->
                withEngine(
                    "interactions",
                    engine ->
                        AuditViews.interactions(
                            model, setup.data(), importance, kind, seed, engine))));
    try {
      sections.add(
          timed(
              "surrogate",
              "surrogate tree",
              () ->
                  AuditViews.surrogate(
                      model, train != null ? train : setup.dataInstances(), seed)));
    } catch (IllegalArgumentException e) {
      notes.put("surrogate tree", "not shown: " + e.getMessage());
    }
    Dataset localData = setup.data().select(localRows);
    IntUnaryOperator localNumber = row -> localRows[row] + 1;
    List<Explanation> local =
        timed(
            "local explanations",
            "explaining " + localRows.length + " rows",
            () -> explain(method, localData, TargetSelection.predicted()));
    sections.add(new LocalExplanationSection(local, localNumber, kind));
    List<Explanation> limeExplanations =
        timed(
            "lime",
            "LIME for the same rows",
            () ->
                withEngine(
                    "lime",
                    engine ->
                        AuditViews.lime(
                            model,
                            train != null ? WekaData.dataset(train) : setup.data(),
                            localData,
                            seed,
                            engine)));
    sections.add(new LimeSection(limeExplanations, localNumber, kind));
    List<Explanation> occluded =
        timed(
            "occlusion",
            "occlusion for the same rows",
            () ->
                withEngine(
                    "occlusion",
                    engine -> AuditViews.occlusion(model, background, localData, engine)));
    sections.add(new OcclusionSection(occluded, localNumber, kind));
    Map<String, List<Explanation>> compared = new LinkedHashMap<>();
    compared.put(method.explainer().method(), local);
    compared.put("lime", limeExplanations);
    compared.put("occlusion", occluded);
    sections.add(AuditViews.agreement(compared));
    Dataset reference = train != null ? WekaData.dataset(train) : setup.data();
    IntUnaryOperator referenceNumber = row -> row + 1;
    if (kind == OutputKind.CLASS_PROBABILITY) {
      sections.add(
          timed(
              "nearest examples",
              "nearest training rows of row " + (localRows[0] + 1),
              () ->
                  withEngine(
                      "searching",
                      engine ->
                          AuditViews.nearestExamples(
                              model,
                              reference,
                              referenceNumber,
                              localData.row(0),
                              localRows[0] + 1,
                              engine))));
      sections.add(
          timed(
              "counterfactuals",
              "counterfactuals for row " + (localRows[0] + 1),
              () ->
                  withEngine(
                      "searching",
                      engine ->
                          AuditViews.counterfactual(
                              model,
                              reference,
                              localData.select(new int[] {0}),
                              localRows[0] + 1,
                              seed,
                              engine))));
    }
    if (reference.numRows() <= Tsne.MAX_ROWS) {
      double[][] encoded = FeatureMatrix.encode(reference);
      Embedding map =
          timed(
              "data map",
              "data map (PCA)",
              () -> Pca.map(encoded, CancellationToken.ofCallingThread()));
      sections.add(AuditViews.dataMap(reference, encoded, map));
      if (kind == OutputKind.CLASS_PROBABILITY) {
        sections.add(
            timed(
                "prototypes",
                "prototypes and criticisms",
                () ->
                    withProgress(
                        "prototypes",
                        progress ->
                            AuditViews.prototypes(
                                reference,
                                map,
                                seed,
                                progress,
                                CancellationToken.ofCallingThread()))));
      }
    } else {
      notes.put("data map", "not shown: more than " + Tsne.MAX_ROWS + " rows");
    }
    Dataset checked =
        setup
            .data()
            .select(GlobalSupport.sample(setup.data().numRows(), AuditViews.CHECKED_ROWS, seed));
    if (train != null) {
      sections.add(
          timed(
              "sanity checks",
              "data randomisation test",
              () ->
                  withEngine(
                      "randomising",
                      engine ->
                          AuditViews.sanity(
                              method,
                              s ->
                                  AuditExplainer.choose(model, background, budget(), s).explainer(),
                              model,
                              background,
                              train,
                              setup.newClassifier(),
                              checked,
                              seed,
                              engine))));
    } else {
      notes.put("sanity checks", "not shown: the data randomisation test retrains, give --train");
    }
    sections.add(
        timed(
            "faithfulness",
            "deletion curves",
            () ->
                withEngine(
                    "deleting",
                    engine ->
                        AuditViews.faithfulness(
                            method,
                            background,
                            checked,
                            kind == OutputKind.CLASS_PROBABILITY
                                ? "predicted probability of the predicted class"
                                : "predicted value",
                            seed,
                            engine))));

    return write(
        directory,
        sections,
        settings(setup, described, method, background.size(), globalRows.length),
        start,
        described,
        summaryName,
        setup);
  }

  private int write(
      Path directory,
      List<ReportSection> sections,
      Map<String, String> settings,
      long start,
      String described,
      String summaryName,
      ExplainSetup setup)
      throws IOException {
    timings.put("total", seconds(System.nanoTime() - start));
    Map<String, String> shown = new LinkedHashMap<>(settings);
    shown.putAll(notes);
    timings.forEach((step, time) -> shown.put("time: " + step, time));
    List<ReportSection> all = new ArrayList<>(sections);
    all.add(new SettingsSection(shown));
    Report report =
        new Report(
            "Glasswing audit", described + " on " + summaryName, metadata(setup, described), all);
    Path file = directory.resolve(REPORT_FILE);
    OutputFiles.writeFile(
        file,
        "--output",
        () -> {
          Files.createDirectories(directory);
          new HtmlReportWriter().write(report, file);
        });
    spec.commandLine().getOut().println("report written to " + file);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The --budget given, or 0 for the catalogue's default. */
  private int budget() {
    return budget == null ? 0 : budget;
  }

  private void checkOptions() {
    if (common.given("--format")) {
      throw new UserInputException(
          "--format applies to table output; the audit always writes HTML");
    }
    if (importanceRows != null && importanceRows < 1) {
      throw new UserInputException("--importance-rows must be at least 1, got " + importanceRows);
    }
    if (budget != null && budget < 1) {
      throw new UserInputException("--budget must be at least 1, got " + budget);
    }
    if (folds < 2) {
      throw new UserInputException("--folds must be at least 2, got " + folds);
    }
  }

  private List<Explanation> explain(AuditExplainer method, Dataset rows, TargetSelection targets) {
    return withEngine(
        "explaining", engine -> method.explainer().explain(method.model(), rows, targets, engine));
  }

  private <T> T withEngine(String label, Function<EvaluationEngine, T> work) {
    return withProgress(
        label,
        progress ->
            work.apply(
                new EvaluationEngine(
                    common.threads(),
                    EvaluationEngine.DEFAULT_BATCH_ROWS,
                    progress,
                    CancellationToken.ofCallingThread())));
  }

  private static double[][] outOfFold(CrossValidatedPredictions predictions) {
    double[][] rows = new double[predictions.numRows()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = predictions.distribution(r);
    }
    return rows;
  }

  private static void addIfPresent(List<ReportSection> sections, ReportSection section) {
    if (section != null) {
      sections.add(section);
    }
  }

  private ConformalSection conformal(Classifier untrained, Instances train, int usedFolds) {
    SplitConformalClassifier.Settings settings =
        new SplitConformalClassifier.Settings(
            CONFORMAL_ALPHA,
            ConformalScore.parse("lac"),
            false,
            SplitConformalClassifier.DEFAULT_RAPS_LAMBDA,
            SplitConformalClassifier.DEFAULT_RAPS_K);
    ConformalEvaluation evaluation =
        new ConformalEvaluation(
            untrained,
            settings,
            false,
            CONFORMAL_ALPHA,
            ConformalCommand.DEFAULT_CALIBRATION_FRACTION,
            KnnDifficulty.DEFAULT_K,
            common.seed());
    ConformalEvaluation.Outcome outcome =
        withProgress(
            "conformal",
            progress ->
                evaluation.crossValidated(
                    train, usedFolds, progress, CancellationToken.ofCallingThread()));
    int[] known =
        IntStream.range(0, train.numInstances())
            .filter(r -> !train.instance(r).classIsMissing())
            .toArray();
    ConformalSummary summary =
        ConformalEvaluation.summary(
            outcome, train, known, CrossValidatedPredictions.labels(train), CONFORMAL_ALPHA);
    return new ConformalSection(
        "split conformal, LAC score, alpha "
            + CONFORMAL_ALPHA
            + ", "
            + Math.round(100 * ConformalCommand.DEFAULT_CALIBRATION_FRACTION)
            + "% of the training rows calibrate, measured on "
            + usedFolds
            + " held-out folds (seed "
            + common.seed()
            + "); the same as glasswing conformal with its defaults",
        summary);
  }

  private <T> T withProgress(String label, Function<ProgressListener, T> work) {
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), label, !quiet);
    try {
      return work.apply(progress);
    } finally {
      progress.finish();
    }
  }

  private <T> T timed(String step, String message, Supplier<T> work) {
    if (!quiet) {
      spec.commandLine().getErr().println("glasswing: audit: " + message);
      spec.commandLine().getErr().flush();
    }
    long start = System.nanoTime();
    T result = work.get();
    timings.put(step, seconds(System.nanoTime() - start));
    return result;
  }

  private Map<String, String> settings(
      ExplainSetup setup,
      String described,
      AuditExplainer method,
      int backgroundRows,
      int globalRows) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("classifier", described);
    settings.put("data", setup.dataName());
    settings.put("explanation method", method.description());
    settings.put("background rows", Integer.toString(backgroundRows));
    settings.put(
        "coalition budget (kernel-shap)",
        budget == null ? "2n+2048 (the catalogue's default)" : Integer.toString(budget));
    settings.put("rows for global importance", Integer.toString(globalRows));
    settings.put("cross-validation folds", Integer.toString(folds));
    settings.put("seed", Long.toString(common.seed()));
    settings.put("threads", Integer.toString(common.threads()));
    return settings;
  }

  private Map<String, String> metadata(ExplainSetup setup, String described) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("data", setup.dataName());
    metadata.put("class", setup.schema().target().name());
    metadata.put("classifier", described);
    metadata.put("Weka", weka.core.Version.VERSION);
    return metadata;
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
