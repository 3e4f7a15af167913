package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.io.Csv;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.Attributions;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.Infidelity;
import org.glasswing.core.sanity.MaxSensitivity;
import org.glasswing.core.sanity.Perturbation;
import org.glasswing.core.sanity.RandomisationTest;
import org.glasswing.core.sanity.Stability;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.deep.NetworkRandomiser;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.sanity.LogisticRandomiser;
import org.glasswing.weka.sanity.WekaRetrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;

/**
 * {@code glasswing sanity}: sanity checks of explanation methods on a Weka classifier, one CSV line
 * per method, test and measure: {@code method,test,measure,value,verdict}.
 */
@Command(
    name = "sanity",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Sanity-check explanation methods: do their explanations change when the model is"
          + " randomised (they must), do they account for the model's output, do they stay put"
          + " under small input noise and over seeds? Prints CSV"
          + " method,test,measure,value,verdict.",
      ""
    })
public final class SanityCommand implements Callable<Integer>, CatalogueDriven {

  /** The name of the stability test, which reports two tests of its own. */
  static final String STABILITY = "stability";

  /** The tests, as {@code --test} spells them. */
  static final List<String> TESTS =
      List.of(
          RandomisationTest.DATA,
          RandomisationTest.PARAMETERS,
          STABILITY,
          Infidelity.TEST,
          MaxSensitivity.TEST);

  /** The default k of top-k measures, lowered to the number of features minus one. */
  static final int DEFAULT_TOP_K = 5;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Mixin private MethodOptions methodOptions;

  @Option(
      names = "--test",
      paramLabel = "T[,T2...]",
      required = true,
      description =
          "The checks, comma-separated: data-randomization, parameter-randomization, stability,"
              + " infidelity, max-sensitivity.")
  private String tests;

  /** From the catalogue's --repeats, read in call(). */
  private int repeats;

  @Option(
      names = "--top-k",
      paramLabel = "K",
      description =
          "The k of the top-k measures. Default: "
              + DEFAULT_TOP_K
              + ", lowered to the number of attributes minus one.")
  private Integer topK;

  /** From the catalogue's --runs, read in call(). */
  private int runs;

  /** From the catalogue's --radius, read in call(). */
  private double noise;

  /** From the catalogue's --perturbations, read in call(). */
  private int perturbations;

  /** From the catalogue's --sensitivity-samples, read in call(). */
  private int samples;

  /** Creates the command; picocli fills in the options. */
  public SanityCommand() {}

  @Override
  public java.util.List<org.glasswing.core.methods.MethodSpec> catalogueMethods() {
    List<org.glasswing.core.methods.MethodSpec> methods =
        new ArrayList<>(MethodSetup.catalogueMethods());
    methods.addAll(CHECKS);
    return methods;
  }

  /**
   * The sanity checks' specs. Their noise radius and max-sensitivity's copies are named {@code
   * --radius} and {@code --sensitivity-samples}, apart from SmoothGrad's {@code --noise} and LIME's
   * {@code --samples}, which the explained methods take in the same command.
   */
  private static final List<org.glasswing.core.methods.MethodSpec> CHECKS =
      java.util.stream.Stream.of(
              "data-randomization",
              "parameter-randomization",
              "stability",
              "infidelity",
              "max-sensitivity")
          .map(
              n ->
                  org.glasswing.core.methods.MethodCatalogue.standard()
                      .find(org.glasswing.core.methods.Family.SANITY, n))
          .toList();

  private void readSettings() {
    repeats = setting(CHECKS.get(0), "repeats");
    runs = setting(CHECKS.get(2), "runs");
    perturbations = setting(CHECKS.get(3), "perturbations");
    noise =
        CatalogueOptions.read(spec, CHECKS.get(2))
            .real(CHECKS.get(2).parameter("radius").orElseThrow());
    samples = setting(CHECKS.get(4), "sensitivity-samples");
  }

  private int setting(org.glasswing.core.methods.MethodSpec check, String name) {
    return CatalogueOptions.read(spec, check).integer(check.parameter(name).orElseThrow());
  }

  @Override
  public Integer call() {
    List<String> chosen = parseTests(tests);
    readSettings();
    int threads = common.threads();
    MethodSetup methods = MethodSetup.load(common, methodOptions, spec);
    int k = topK(methods.features());
    if (chosen.contains(RandomisationTest.DATA) && methods.data().trainingData() == null) {
      throw new UserInputException(
          "data-randomization retrains the classifier and needs its training data: give --train"
              + " with --model");
    }
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = methods.progress(err, "checking");
    List<CheckResult> results = new ArrayList<>();
    try {
      EvaluationEngine engine = methods.engine(threads, progress);
      WekaModel weka = methods.data().model();
      Model model = methods.view(weka);
      Dataset rows = methods.data().selectedData();
      List<Explainer> explainers = methods.explainers();
      RandomisationTest randomisation = new RandomisationTest(Math.max(1, k), common.seed());
      if (weka.classifier() instanceof DeepNetClassifier network
          && network.encoding().image() != null) {
        randomisation = randomisation.withImage(network.encoding().image());
      }
      Perturbation perturbation = new Perturbation(methods.background().rows(), noise);
      for (String test : chosen) {
        switch (test) {
          case RandomisationTest.DATA -> {
            WekaRetrainer trainer =
                new WekaRetrainer(
                    methods.data().trainingData(), template(methods, weka), methods::view);
            results.addAll(
                randomisation.dataRandomisation(
                    explainers, model, trainer.labels(), trainer, repeats, rows, engine));
          }
          case RandomisationTest.PARAMETERS ->
              results.addAll(
                  randomisation.parameterRandomisation(
                      explainers,
                      model,
                      weka.classifier() instanceof DeepNetClassifier network
                          ? new NetworkRandomiser(network, weka.schema())
                          : LogisticRandomiser.forModel(weka, reference(methods)),
                      repeats,
                      rows,
                      engine));
          case Infidelity.TEST -> {
            int[] targets = Attributions.predictedTargets(model, rows);
            for (Explainer explainer : explainers) {
              List<Explanation> explanations =
                  Attributions.explanations(explainer, model, rows, targets, engine);
              results.addAll(
                  new Infidelity(methods.background(), perturbations, common.seed())
                      .run(explanations, model, rows, engine));
            }
          }
          case MaxSensitivity.TEST -> {
            for (Explainer explainer : explainers) {
              results.add(
                  new MaxSensitivity(perturbation, samples, common.seed())
                      .run(explainer, model, rows, engine));
            }
          }
          default -> {
            for (String name : methods.names()) {
              results.addAll(
                  new Stability(runs, k, perturbation, common.seed())
                      .run(name, methods.withSeed(name), model, rows, engine));
            }
          }
        }
      }
    } finally {
      progress.finish();
    }
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> {
          out.print("method,test,measure,value,verdict\n");
          for (CheckResult r : results) {
            out.print(
                String.join(
                        ",",
                        Csv.field(r.method()),
                        Csv.field(r.test()),
                        Csv.field(r.measure()),
                        Csv.number(r.value()),
                        r.verdict().name())
                    + "\n");
          }
        });
    return 0;
  }

  private static weka.core.Instances reference(MethodSetup methods) {
    weka.core.Instances train = methods.data().trainingData();
    return train != null ? train : methods.data().dataInstances();
  }

  private static Classifier template(MethodSetup methods, WekaModel weka) {
    if (!methods.data().usesSavedModel()) {
      return methods.data().newClassifier();
    }
    try {
      return AbstractClassifier.makeCopy(weka.classifier());
    } catch (Exception e) {
      throw new UserInputException(
          "cannot copy the saved model to retrain it: " + e.getMessage(), e);
    }
  }

  private int topK(int features) {
    if (topK == null) {
      return Math.max(1, Math.min(DEFAULT_TOP_K, features - 1));
    }
    if (topK < 1 || topK > features) {
      throw new UserInputException(
          "--top-k must be between 1 and the number of attributes besides the class ("
              + features
              + "), got "
              + topK);
    }
    return topK;
  }

  static List<String> parseTests(String text) {
    Set<String> chosen = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!TESTS.contains(name)) {
        throw new UserInputException(
            "no test '" + name + "'; choose from " + String.join(", ", TESTS));
      }
      chosen.add(name);
    }
    if (chosen.isEmpty()) {
      throw new UserInputException("no test given; choose from " + String.join(", ", TESTS));
    }
    return new ArrayList<>(chosen);
  }
}
