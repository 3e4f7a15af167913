package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glasswing.core.counterfactual.Constraints;
import org.glasswing.core.counterfactual.Counterfactual;
import org.glasswing.core.counterfactual.CounterfactualResult;
import org.glasswing.core.counterfactual.CounterfactualSearch;
import org.glasswing.core.counterfactual.Direction;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.io.Csv;
import org.glasswing.core.io.Rounding;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing counterfactual}: for each selected row, a few small changes that would make the
 * classifier predict another class, as CSV with one line per changed attribute.
 */
@Command(
    name = "counterfactual",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "What would have to change for another decision? For each row, a few diverse changed"
          + " copies that the classifier predicts as the desired class, changing as little as"
          + " possible and respecting frozen attributes, ranges and directions.",
      ""
    })
public final class CounterfactualCommand implements Callable<Integer>, CatalogueDriven {

  /** The CSV header: one line per changed attribute of each counterfactual. */
  public static final String HEADER =
      "row,counterfactual,predicted,desired,desired_probability,distance,changed,plausibility,"
          + "diversity,attribute,from,to";

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  /** From the catalogue's --desired, read in call(). */
  private String desired;

  /** From the catalogue's --count, read in call(). */
  private int count;

  /** From the catalogue's --budget, read in call(). */
  private int budget;

  /** From the catalogue's --freeze, read in call(). */
  private List<String> freeze = new ArrayList<>();

  /** From the catalogue's --protected, read in call(). */
  private List<String> protectedNames = new ArrayList<>();

  /** From the catalogue's --margin, read in call(). */
  private double margin;

  @Option(
      names = "--range",
      paramLabel = "NAME=MIN:MAX",
      description =
          "Allowed values of a numeric attribute, such as duration=6:48 (repeatable). Default: the"
              + " range seen in the training data.")
  private List<String> ranges = new ArrayList<>();

  @Option(
      names = "--increase-only",
      paramLabel = "A,B",
      split = ",",
      description = "Numeric attributes that may only go up.")
  private List<String> increaseOnly = new ArrayList<>();

  @Option(
      names = "--decrease-only",
      paramLabel = "A,B",
      split = ",",
      description = "Numeric attributes that may only go down.")
  private List<String> decreaseOnly = new ArrayList<>();

  /** From the catalogue's --distance, read in call(). */
  private ExamplesCommand.DistanceKind distance;

  /** Creates the command; picocli fills in the options. */
  public CounterfactualCommand() {}

  private static final MethodSpec COUNTERFACTUAL =
      MethodCatalogue.standard().find(Family.EXAMPLES, "counterfactual");

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(COUNTERFACTUAL);
  }

  private void readSettings() {
    ParameterValues values = CatalogueOptions.read(spec, COUNTERFACTUAL);
    String wanted = values.text(COUNTERFACTUAL.parameter("desired").orElseThrow());
    desired = wanted.isEmpty() ? null : wanted;
    count = values.integer(COUNTERFACTUAL.parameter("count").orElseThrow());
    budget = values.integer(COUNTERFACTUAL.parameter("budget").orElseThrow());
    String frozen = values.text(COUNTERFACTUAL.parameter("freeze").orElseThrow());
    freeze = names(frozen);
    protectedNames = names(values.text(COUNTERFACTUAL.parameter("protected").orElseThrow()));
    margin = values.real(COUNTERFACTUAL.parameter("margin").orElseThrow());
    distance =
        ExamplesCommand.DistanceKind.valueOf(
            values.text(COUNTERFACTUAL.parameter("distance").orElseThrow()));
  }

  private static List<String> names(String list) {
    return list.isBlank() ? new ArrayList<>() : List.of(list.split(",", -1));
  }

  @Override
  public Integer call() {
    TableOutput.check(common, "counterfactual");
    readSettings();
    int threads = common.threads();
    ExplainSetup setup = ExplainSetup.load(common);
    Schema schema = setup.schema();
    if (!schema.isClassification()) {
      throw new UserInputException(
          "counterfactuals need a nominal class, but '"
              + schema.target().name()
              + "' is numeric; choose one with --class NAME or discretise the target");
    }
    Constraints constraints = constraints(schema);
    int desiredClass = -1;
    if (desired != null) {
      desiredClass = schema.target().labels().indexOf(desired);
      if (desiredClass < 0) {
        throw new UserInputException(
            "--desired '"
                + desired
                + "' is not a class of '"
                + schema.target().name()
                + "'; the classes are "
                + String.join(", ", schema.target().labels()));
      }
    }
    Dataset reference = setup.backgroundSource();
    RowDistance rowDistance =
        distance == ExamplesCommand.DistanceKind.gower
            ? RowDistance.gower(reference)
            : RowDistance.standardised(reference);
    CounterfactualSearch search =
        new CounterfactualSearch(
            reference, rowDistance, constraints, count, budget, common.seed(), margin);
    int[] selected = setup.selectedRows();
    int[] wanted = new int[selected.length];
    java.util.Arrays.fill(wanted, desiredClass);
    CancellationToken cancelled = CancellationToken.ofCallingThread();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, "searching", !common.quiet());
    List<CounterfactualResult> results;
    try {
      EvaluationEngine engine =
          new EvaluationEngine(threads, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
      results = search.search(setup.model(), setup.selectedData(), wanted, engine);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(renumber(e.getMessage(), selected), e);
    } finally {
      progress.finish();
    }
    for (int i = 0; i < results.size(); i++) {
      int row = selected[i] + 1;
      results
          .get(i)
          .failure()
          .ifPresent(m -> err.println("glasswing: note: row " + row + ": " + m));
      warnNearBoundary(err, row, results.get(i));
    }
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> write(out, schema, selected, results));
    return 0;
  }

  /** One line when the best counterfactual found lies closer to the boundary than asked. */
  private void warnNearBoundary(PrintWriter err, int row, CounterfactualResult result) {
    if (margin <= 0 || result.counterfactuals().isEmpty()) {
      return;
    }
    Counterfactual best = result.counterfactuals().get(0);
    if (best.boundaryMargin() < margin) {
      err.println(
          "glasswing: warning: row "
              + row
              + ": no change found lies --margin "
              + Rounding.TERMINAL.format(margin)
              + " past the decision boundary; the closest counterfactual is only "
              + Rounding.TERMINAL.format(best.boundaryMargin())
              + " past it (probability "
              + Rounding.TERMINAL.format(best.probability())
              + "), so a small change could undo it; raise --budget or relax the constraints");
    }
  }

  /** The core numbers rows within the selection; the user knows their rows in --data. */
  private static String renumber(String message, int[] selected) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^row (\\d+) ").matcher(message);
    if (m.find()) {
      int inSelection = Integer.parseInt(m.group(1));
      return "row " + (selected[inSelection - 1] + 1) + " " + message.substring(m.end());
    }
    return message;
  }

  private Constraints constraints(Schema schema) {
    Set<Integer> frozen = new HashSet<>();
    for (String name : freeze) {
      frozen.add(input(schema, name, "--freeze"));
    }
    for (String name : protectedNames) {
      frozen.add(input(schema, name, "--protected"));
    }
    Map<Integer, double[]> bounds = new HashMap<>();
    for (String spec : ranges) {
      int equals = spec.indexOf('=');
      int colon = spec.lastIndexOf(':');
      if (equals < 1 || colon < equals) {
        throw new UserInputException("--range must look like NAME=MIN:MAX, got '" + spec + "'");
      }
      int column = input(schema, spec.substring(0, equals), "--range");
      try {
        double min = Double.parseDouble(spec.substring(equals + 1, colon));
        double max = Double.parseDouble(spec.substring(colon + 1));
        if (!(min <= max)) {
          throw new UserInputException("--range " + spec + ": the minimum exceeds the maximum");
        }
        bounds.put(column, new double[] {min, max});
      } catch (NumberFormatException e) {
        throw new UserInputException("--range must look like NAME=MIN:MAX, got '" + spec + "'", e);
      }
    }
    Map<Integer, Direction> directions = new HashMap<>();
    for (String name : increaseOnly) {
      directions.put(input(schema, name, "--increase-only"), Direction.INCREASE);
    }
    for (String name : decreaseOnly) {
      int column = input(schema, name, "--decrease-only");
      if (directions.containsKey(column)) {
        throw new UserInputException(
            "'" + name + "' is in both --increase-only and --decrease-only; freeze it instead");
      }
      directions.put(column, Direction.DECREASE);
    }
    for (int column : bounds.keySet()) {
      requireNumeric(schema, column, "--range");
    }
    for (int column : directions.keySet()) {
      requireNumeric(schema, column, "--increase-only/--decrease-only");
    }
    return new Constraints(frozen, bounds, directions);
  }

  private static void requireNumeric(Schema schema, int column, String option) {
    Feature feature = schema.feature(column);
    if (feature.isNominal()) {
      throw new UserInputException(
          option + ": '" + feature.name() + "' is nominal; only numeric attributes apply");
    }
  }

  private static int input(Schema schema, String name, String option) {
    int column = schema.indexOf(name.strip()).orElse(-1);
    if (column < 0) {
      throw new UserInputException(option + ": no attribute is called '" + name.strip() + "'");
    }
    if (column == schema.targetIndex()) {
      throw new UserInputException(option + ": '" + name.strip() + "' is the class");
    }
    return column;
  }

  /** A label for a nominal value, the exact number for a numeric one, empty when missing. */
  private static String value(Feature feature, double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    return feature.isNominal() ? Csv.field(feature.format(value)) : Csv.number(value);
  }

  private static void write(
      PrintWriter out, Schema schema, int[] selected, List<CounterfactualResult> results) {
    Feature target = schema.target();
    out.println(HEADER);
    for (int i = 0; i < results.size(); i++) {
      CounterfactualResult result = results.get(i);
      String row = Integer.toString(selected[i] + 1);
      String predicted = Csv.field(target.labels().get(result.originalClass()));
      String wanted = Csv.field(target.labels().get(result.desiredClass()));
      if (result.counterfactuals().isEmpty()) {
        out.println(String.join(",", row, "", predicted, wanted, "", "", "", "", "", "", "", ""));
        continue;
      }
      double[] original = result.original();
      int number = 1;
      for (Counterfactual cf : result.counterfactuals()) {
        double[] changed = cf.row();
        for (int column : schema.inputIndices()) {
          double from = original[column];
          double to = changed[column];
          if (Double.isNaN(from) ? Double.isNaN(to) : from == to) {
            continue;
          }
          Feature feature = schema.feature(column);
          out.println(
              String.join(
                  ",",
                  row,
                  Integer.toString(number),
                  predicted,
                  wanted,
                  Csv.number(cf.probability()),
                  Csv.number(cf.distance()),
                  Integer.toString(cf.changed()),
                  Csv.number(cf.plausibility()),
                  Csv.number(result.diversity()),
                  Csv.field(feature.name()),
                  value(feature, from),
                  value(feature, to)));
        }
        number++;
      }
    }
  }
}
