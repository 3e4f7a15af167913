package org.glasswing.weka.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.glasswing.audit.Audit;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditProgress;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.report.Report;
import org.glasswing.weka.ClassifierFactory;
import org.glasswing.weka.DataLoader;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
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
import weka.core.Randomizable;

/**
 * {@code glasswing audit}: one self-contained HTML page about a dataset and a classifier: the data,
 * the cross-validated accuracy, which attributes matter overall and why a few rows got their
 * prediction. The options make an {@link AuditPlan} (read from {@code --plan} when given, the
 * options overriding it), {@link Audit} makes the report, and this command writes it.
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
          + " and local explanations of a few rows. --output names the report's directory;"
          + " --plan runs a saved plan, --save-plan saves the plan used.",
      ""
    })
public final class AuditCommand implements Callable<Integer> {

  /** The report directory when {@code --output} is not given. */
  public static final Path DEFAULT_DIRECTORY = Path.of("glasswing-report");

  /** The name of the page inside the report directory. */
  public static final String REPORT_FILE = "report.html";

  private static final AuditPlan DEFAULTS = AuditPlan.defaults();

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--importance-rows",
      paramLabel = "N",
      description =
          "Rows of --data explained for the global importance, drawn with --seed (all when"
              + " fewer). Default: "
              + Audit.FAST_IMPORTANCE_ROWS
              + " for tree models (TreeSHAP) and exact Shapley values (up to 12 attributes), "
              + Audit.SAMPLED_IMPORTANCE_ROWS
              + " otherwise.")
  private Integer importanceRows;

  @Option(
      names = "--background-size",
      paramLabel = "N",
      description = "Background rows drawn from the training data with --seed. Default: 100.")
  private Integer backgroundSize;

  @Option(
      names = "--budget",
      paramLabel = "N",
      description =
          "Coalitions per row of KernelSHAP, which the audit uses (by the catalogue's auto rule)"
              + " for a model that is not a tree TreeSHAP reads and has more than 12 attributes."
              + " Default: the audit plan's 256 (glasswing explain uses the catalogue's 2n+2048).")
  private Integer budget;

  @Option(
      names = "--folds",
      paramLabel = "K",
      description = "Folds of the cross-validation. Default: 10.")
  private Integer folds;

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description =
          "Run the audit a saved plan (JSON, see --save-plan) describes; the options given here"
              + " override its values.")
  private Path plan;

  @Option(
      names = "--save-plan",
      paramLabel = "FILE",
      description =
          "Save the plan this audit uses (JSON), so that it can be run again with --plan.")
  private Path savePlan;

  @Option(
      names = "--protected",
      paramLabel = "NAME[,NAME2]",
      description =
          "Protected attributes, as glasswing fairness takes them (a numeric one with cut points,"
              + " age:25,60, or at its quartiles without them): the report gets a fairness section"
              + " over their groups, and counterfactuals never change them. Default for the"
              + " embedded credit-g data: "
              + CREDIT_G_PROTECTED
              + "; none otherwise.")
  private String protectedList;

  @Option(
      names = "--freeze",
      paramLabel = "A,B",
      description =
          "Attributes counterfactuals must never change (ones nobody can act on), as glasswing"
              + " counterfactual --freeze takes them.")
  private String freezeList;

  @Option(
      names = "--redact",
      description =
          "For a report that leaves the team: other rows' values (the nearest training rows,"
              + " prototypes and criticisms, values a counterfactual takes from a training row)"
              + " are replaced by their row numbers.")
  private boolean redact;

  /** The audit's own defaults for shared options: fewer rows, since each gets a chart. */
  static final class Defaults implements IDefaultValueProvider {
    @Override
    public String defaultValue(ArgSpec argument) {
      return argument instanceof OptionSpec option && "--rows".equals(option.longestName())
          ? Audit.DEFAULT_ROWS
          : null;
    }
  }

  /** Creates the command; picocli fills in the options. */
  public AuditCommand() {}

  @Override
  public Integer call() throws IOException {
    checkOptions();
    AuditPlan used = plan();
    if (savePlan != null) {
      OutputFiles.writeFile(savePlan, "--save-plan", () -> used.write(savePlan));
    }
    Path directory = common.output() == null ? DEFAULT_DIRECTORY : common.output();
    ExplainSetup setup = ExplainSetup.load(common);
    Report report =
        Audit.run(used, inputs(setup, used), progress(), CancellationToken.ofCallingThread());
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

  /** The plan: the saved one or the defaults, with the options given here on top. */
  AuditPlan plan() {
    AuditPlan base = DEFAULTS;
    if (plan != null) {
      try {
        base = AuditPlan.read(plan);
      } catch (NoSuchFileException e) {
        throw new UserInputException("--plan " + plan + ": no such file");
      } catch (IOException e) {
        throw new UserInputException("--plan " + plan + ": cannot read it: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--plan: " + e.getMessage());
      }
    }
    try {
      base = override(base, "folds", folds);
      base = override(base, "budget", budget);
      base = override(base, "background-size", backgroundSize);
      base = override(base, "importance-rows", importanceRows);
      base = override(base, "seed", common.given("--seed") ? common.seed() : null);
      base = override(base, "threads", common.given("--threads") ? common.threads() : null);
      return override(base, "rows", common.given("--rows") ? common.rows() : null);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  private static AuditPlan override(AuditPlan plan, String key, Object value) {
    return value == null ? plan : plan.with(key, value.toString());
  }

  private AuditInputs inputs(ExplainSetup setup, AuditPlan used) {
    Instances train = setup.trainingData();
    boolean saved = setup.usesSavedModel();
    Supplier<Classifier> learner = () -> newClassifier(used);
    List<ProtectedAttribute> protectedAttributes = protectedAttributes(saved);
    List<String> frozen = freezeList == null ? List.of() : names(freezeList, "--freeze");
    checkNames(
        setup, protectedAttributes.stream().map(ProtectedAttribute::name).toList(), "--protected");
    checkNames(setup, frozen, "--freeze");
    long start = System.nanoTime();
    WekaModel model =
        saved
            ? timedStep("training the classifier", setup::model)
            : timedStep(
                "training the classifier",
                () ->
                    new WekaModel(
                        Training.train(learner.get(), train, "this data"), setup.header()));
    AuditInputs.Builder inputs = AuditInputs.builder(model);
    if (train != null) {
      inputs.training(train, common.data() == null ? setup.dataName() : trainName());
    }
    if (common.data() != null || train == null) {
      inputs.rows(setup.dataInstances(), setup.dataName());
    }
    if (!protectedAttributes.isEmpty()) {
      inputs.protectedAttributes(protectedAttributes);
      inputs.setting(
          "protected attributes (fairness groups; counterfactuals never change them)",
          String.join(", ", protectedAttributes.stream().map(Object::toString).toList()));
    }
    if (redact) {
      inputs.redact(true);
      inputs.setting("redacted (other rows' values replaced by their row numbers)", "yes");
    }
    if (!frozen.isEmpty()) {
      inputs.frozenAttributes(frozen);
      inputs.setting(
          "frozen attributes (counterfactuals never change them)", String.join(", ", frozen));
    }
    if (!saved) {
      inputs.learner(learner);
    }
    if (model.classifier() instanceof DeepNetClassifier network) {
      inputs.image(
          new AuditInputs.ImageNetwork(network.encoding().image(), network.model(model.schema())));
    }
    if (plan != null) {
      inputs.setting("audit plan file", plan.toString());
    }
    return inputs.setting("time: training", seconds(System.nanoTime() - start)).build();
  }

  /** Fails before any training when a named attribute is not an input of the data. */
  private static void checkNames(ExplainSetup setup, List<String> names, String option) {
    try {
      AuditInputs.checkInputs(WekaData.schema(setup.header()), names);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(option + ": " + e.getMessage());
    }
  }

  /** The attributes of the embedded credit-g data that are protected by default. */
  static final String CREDIT_G_PROTECTED = "personal_status,age:25,60,foreign_worker";

  /** The --protected attributes, or the embedded credit-g data's default. */
  private List<ProtectedAttribute> protectedAttributes(boolean saved) {
    String given =
        protectedList != null
            ? protectedList
            : common.train() == null && common.data() == null && !saved ? CREDIT_G_PROTECTED : "";
    if (given.isBlank()) {
      return List.of();
    }
    try {
      return ProtectedAttribute.parseList(given);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--protected: " + e.getMessage());
    }
  }

  private static List<String> names(String list, String option) {
    List<String> names = new java.util.ArrayList<>();
    for (String raw : list.split(",", -1)) {
      String name = raw.strip();
      if (name.isEmpty()) {
        throw new UserInputException(
            option + " '" + list + "': empty attribute name; give names separated by commas");
      }
      names.add(name);
    }
    return names;
  }

  private String trainName() {
    return common.train() != null
        ? "--train " + common.train()
        : "the embedded " + DataLoader.CREDIT_G + " data";
  }

  /**
   * A new classifier as {@code --classifier} describes it, seeded with the plan's seed when a seed
   * was asked for (by {@code --seed} or a plan file) and the classifier takes one.
   */
  private Classifier newClassifier(AuditPlan used) {
    if (!common.given("--seed") && plan == null) {
      return ExplainSetup.newClassifier(common);
    }
    Classifier classifier = ClassifierFactory.create(common.classifier());
    if (classifier instanceof Randomizable randomizable) {
      try {
        randomizable.setSeed((int) used.seed());
      } catch (IllegalArgumentException e) {
        // A configuration that uses no seed refuses one; the seed then drives the sampling only.
      }
    }
    return classifier;
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
    if (folds != null && folds < 2) {
      throw new UserInputException("--folds must be at least 2, got " + folds);
    }
    if (backgroundSize != null && backgroundSize < 1) {
      throw new UserInputException("--background-size must be at least 1, got " + backgroundSize);
    }
  }

  private <T> T timedStep(String message, Supplier<T> work) {
    progress().step(message);
    return work.get();
  }

  private AuditProgress progress() {
    return new AuditProgress() {
      @Override
      public void step(String message) {
        if (!common.quiet()) {
          spec.commandLine().getErr().println("glasswing: audit: " + message);
          spec.commandLine().getErr().flush();
        }
      }

      @Override
      public <T> T track(String label, Function<ProgressListener, T> work) {
        ProgressLine line = new ProgressLine(spec.commandLine().getErr(), label, !common.quiet());
        try {
          return work.apply(line);
        } finally {
          line.finish();
        }
      }
    };
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
