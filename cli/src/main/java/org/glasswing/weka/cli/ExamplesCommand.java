package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.core.examples.NearestExamples;
import org.glasswing.core.examples.Neighbour;
import org.glasswing.core.examples.Neighbourhood;
import org.glasswing.core.examples.PrototypeSet;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing examples}: for each selected row, the nearest training rows with their labels
 * and the model's predictions; or, with {@code --prototypes}, the prototypes and criticisms of the
 * training data (MMD-critic).
 */
@Command(
    name = "examples",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Explain by example: which training rows does each row resemble, and does the model treat"
          + " them alike? With --prototypes: which rows best summarise the training data"
          + " (prototypes) and which does that summary miss (criticisms).",
      ""
    })
public final class ExamplesCommand implements Callable<Integer>, CatalogueDriven {

  /** The CSV header of the nearest-examples table. */
  public static final String NEIGHBOURS_HEADER =
      "row,row_predicted,row_probability,rank,train_row,distance,train_label,train_predicted,"
          + "train_probability,label_agreement,prediction_agreement,duplicate";

  /** The CSV header of the prototypes table. */
  public static final String PROTOTYPES_HEADER = "group,role,rank,train_row,label,witness,mmd2";

  /** How rows are compared. */
  enum DistanceKind {
    /** Gower's distance. */
    gower,
    /** Standardised numeric differences, overlap for nominal columns. */
    standardised
  }

  /** Where prototypes are chosen. */
  enum Scope {
    /** Within each class. */
    per_class,
    /** Among all rows. */
    global
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  /** From the catalogue's --k, read in call(). */
  private int k;

  /** From the catalogue's --distance, read in call(). */
  private DistanceKind distance;

  /** From the catalogue's --prototypes, read in call(). */
  private Integer prototypes;

  /** From the catalogue's --criticisms, read in call(). */
  private int criticisms;

  /** From the catalogue's --scope, read in call(). */
  private Scope scope;

  /** From the catalogue's --kernel-width, read in call(). */
  private Double kernelWidth;

  /** Creates the command; picocli fills in the options. */
  public ExamplesCommand() {}

  private static final MethodSpec EXAMPLES =
      MethodCatalogue.standard().find(Family.EXAMPLES, "examples");
  private static final MethodSpec PROTOTYPES =
      MethodCatalogue.standard().find(Family.EXAMPLES, "prototypes");

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(EXAMPLES, PROTOTYPES);
  }

  /** Reads the settings of the chosen method: prototypes when --prototypes is given. */
  private void readSettings() {
    boolean critic = common.given("--prototypes");
    MethodSpec chosen = critic ? PROTOTYPES : EXAMPLES;
    ParameterValues values = CatalogueOptions.read(spec, chosen);
    distance = DistanceKind.valueOf(values.text(chosen.parameter("distance").orElseThrow()));
    if (critic) {
      prototypes = values.integer(PROTOTYPES.parameter("prototypes").orElseThrow());
      criticisms = values.integer(PROTOTYPES.parameter("criticisms").orElseThrow());
      scope = Scope.valueOf(values.text(PROTOTYPES.parameter("scope").orElseThrow()));
      double width = values.real(PROTOTYPES.parameter("kernel-width").orElseThrow());
      kernelWidth = Double.isNaN(width) ? null : width;
    } else {
      k = values.integer(EXAMPLES.parameter("k").orElseThrow());
    }
  }

  @Override
  public Integer call() {
    TableOutput.check(common, "examples");
    int threads = common.threads();
    if (!common.given("--prototypes")) {
      for (String option : List.of("--criticisms", "--scope", "--kernel-width")) {
        if (common.given(option)) {
          throw new UserInputException(option + " applies with --prototypes only");
        }
      }
    } else if (common.given("--k")) {
      throw new UserInputException("--k applies to nearest examples, not with --prototypes");
    }
    readSettings();
    ExplainSetup setup = ExplainSetup.load(common);
    Dataset reference = setup.backgroundSource();
    RowDistance rowDistance =
        distance == DistanceKind.gower
            ? RowDistance.gower(reference)
            : RowDistance.standardised(reference);
    CancellationToken cancelled = CancellationToken.ofCallingThread();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, "examples", !common.quiet());
    try {
      if (prototypes != null) {
        MmdCritic critic =
            new MmdCritic(
                rowDistance,
                prototypes,
                criticisms,
                kernelWidth == null ? Double.NaN : kernelWidth,
                common.seed());
        List<PrototypeSet> sets =
            scope == Scope.global
                ? List.of(critic.global(reference, progress, cancelled))
                : critic.perClass(reference, progress, cancelled);
        progress.finish();
        OutputFiles.write(
            common.output(),
            "--output",
            spec.commandLine().getOut(),
            out -> writeSets(out, sets, reference));
      } else {
        EvaluationEngine engine =
            new EvaluationEngine(threads, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
        NearestExamples finder = NearestExamples.of(setup.model(), reference, rowDistance, engine);
        boolean sameRows =
            common.data() == null || (setup.usesSavedModel() && common.train() == null);
        int[] selected = setup.selectedRows();
        Neighbourhood[] found = new Neighbourhood[selected.length];
        for (int i = 0; i < selected.length; i++) {
          cancelled.throwIfCancelled();
          found[i] =
              sameRows
                  ? finder.find(setup.data().row(selected[i]), k, selected[i])
                  : finder.findRow(setup.data(), selected[i], k);
        }
        progress.finish();
        OutputFiles.write(
            common.output(),
            "--output",
            spec.commandLine().getOut(),
            out -> writeNeighbours(out, setup, selected, found));
      }
    } finally {
      progress.finish();
    }
    return 0;
  }

  private static void writeNeighbours(
      PrintWriter out, ExplainSetup setup, int[] selected, Neighbourhood[] found) {
    Feature target = setup.schema().target();
    out.println(NEIGHBOURS_HEADER);
    for (int i = 0; i < selected.length; i++) {
      Neighbourhood near = found[i];
      int rank = 1;
      for (Neighbour n : near.neighbours()) {
        out.println(
            String.join(
                ",",
                Integer.toString(selected[i] + 1),
                Csv.field(predicted(target, near.predictedClass(), near.prediction())),
                Csv.number(target.isNominal() ? near.prediction() : Double.NaN),
                Integer.toString(rank++),
                Integer.toString(n.index() + 1),
                Csv.number(n.distance()),
                Csv.field(Double.isNaN(n.label()) ? "" : target.format(n.label())),
                Csv.field(predicted(target, n.predictedClass(), n.prediction())),
                Csv.number(target.isNominal() ? n.prediction() : Double.NaN),
                Csv.number(near.labelAgreement()),
                Csv.number(near.predictionAgreement()),
                Boolean.toString(n.duplicate())));
      }
    }
  }

  private static String predicted(Feature target, int predictedClass, double prediction) {
    return predictedClass >= 0 ? target.labels().get(predictedClass) : Csv.number(prediction);
  }

  private static void writeSets(PrintWriter out, List<PrototypeSet> sets, Dataset reference) {
    Feature target = reference.schema().target();
    int targetIndex = reference.schema().targetIndex();
    out.println(PROTOTYPES_HEADER);
    for (PrototypeSet set : sets) {
      String group = set.group() < 0 ? "all" : target.labels().get(set.group());
      for (int i = 0; i < set.prototypes().size(); i++) {
        int row = set.prototypes().get(i);
        out.println(
            line(
                group,
                "prototype",
                i + 1,
                row,
                target.format(reference.value(row, targetIndex)),
                Double.NaN,
                set.mmd2()));
      }
      for (int i = 0; i < set.criticisms().size(); i++) {
        int row = set.criticisms().get(i);
        out.println(
            line(
                group,
                "criticism",
                i + 1,
                row,
                target.format(reference.value(row, targetIndex)),
                set.witness().get(i),
                set.mmd2()));
      }
    }
  }

  private static String line(
      String group, String role, int rank, int row, String label, double witness, double mmd2) {
    return String.join(
        ",",
        Csv.field(group),
        role,
        Integer.toString(rank),
        Integer.toString(row + 1),
        Csv.field(label),
        Csv.number(witness),
        Csv.number(mmd2));
  }
}
