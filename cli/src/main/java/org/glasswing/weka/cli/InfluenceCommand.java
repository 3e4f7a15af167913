package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.influence.SubsampleEstimate;
import org.glasswing.core.influence.SubsampleInfluence;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaLogisticInfluence;
import org.glasswing.weka.WekaSubsetTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;

/**
 * {@code glasswing influence}: for each selected row, the training rows that helped and harmed the
 * prediction most: by the exact influence function of Weka's ridge logistic regression, or, for any
 * other classifier (and for Logistic with {@code --approximate}), by the approximate
 * data-subsampling estimate of the core's {@link SubsampleInfluence}.
 */
@Command(
    name = "influence",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Which training rows drove each prediction? The training rows whose removal would change"
          + " the row's log-loss most. Positive: the row helped; negative: it harmed. For"
          + " weka.classifiers.functions.Logistic: Koh & Liang's influence function, exact"
          + " Hessian. For any other classifier, or with --approximate: an approximate estimate"
          + " from models trained on random subsets of the training rows (Feldman & Zhang 2020),"
          + " with a standard error.",
      ""
    })
public final class InfluenceCommand implements Callable<Integer>, CatalogueDriven {

  /** The CSV header of the exact influence. */
  public static final String HEADER =
      "row,label,label_source,kind,rank,train_row,train_label,loss_change";

  /**
   * The CSV header of the approximate influence: the exact header's columns, then the method
   * (always {@code approximate}), the standard error and the number of models trained without and
   * with the training row.
   */
  public static final String APPROXIMATE_HEADER =
      HEADER + ",method,standard_error,models_without,models_with";

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  /** From the catalogue's --top, read in call(). */
  private int top;

  /** From the catalogue's --approximate, read in call(). */
  private boolean approximate;

  /** From the catalogue's --subsamples, read in call(). */
  private int subsamples;

  /** From the catalogue's --subsample-fraction, read in call(). */
  private double fraction;

  /** Creates the command; picocli fills in the options. */
  public InfluenceCommand() {}

  private static final MethodSpec INFLUENCE =
      MethodCatalogue.standard().find(Family.EXAMPLES, "influence");

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(INFLUENCE);
  }

  private static Parameter setting(String name) {
    return INFLUENCE.parameter(name).orElseThrow();
  }

  @Override
  public Integer call() {
    TableOutput.check(common, "influence");
    ParameterValues values = CatalogueOptions.read(spec, INFLUENCE);
    top = values.integer(setting("top"));
    approximate = values.flag(setting("approximate"));
    subsamples = values.integer(setting("subsamples"));
    fraction = values.real(setting("subsample-fraction"));
    ExplainSetup setup = ExplainSetup.load(common);
    Classifier template =
        setup.usesSavedModel() ? setup.model().classifier() : setup.newClassifier();
    boolean exact = !approximate && template instanceof Logistic;
    if (exact) {
      for (String option : List.of("--subsamples", "--subsample-fraction")) {
        if (common.given(option)) {
          throw new UserInputException(
              option + " applies to the approximate estimate only; add --approximate");
        }
      }
    }
    Instances train = setup.trainingData();
    if (train == null) {
      throw new UserInputException("influence needs the training data; give --train");
    }
    if (!setup.schema().isClassification()) {
      throw new UserInputException(
          "influence needs a nominal class, but '"
              + setup.schema().target().name()
              + "' is numeric; choose one with --class NAME or discretise the target");
    }
    if (!exact) {
      return approximate(setup, template, train);
    }
    WekaLogisticInfluence influence = WekaLogisticInfluence.of(setup.model().classifier(), train);
    PrintWriter err = spec.commandLine().getErr();
    if (influence.agreement() > 1e-3) {
      err.println(
          "glasswing: note: Weka's Logistic had not fully converged; influence uses the exact"
              + " optimum, whose probabilities differ from Weka's by up to "
              + influence.agreement());
    }
    Instances rows = setup.dataInstances();
    int[] selected = setup.selectedRows();
    int[] trainRows = influence.trainingRows();
    List<String> labels = setup.schema().target().labels();
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (int index : selected) {
      if (Thread.currentThread().isInterrupted()) {
        throw new CancelledException();
      }
      boolean recorded = !rows.instance(index).classIsMissing();
      int label;
      if (recorded) {
        label = (int) rows.instance(index).classValue();
      } else {
        double[] p = influence.probabilities(rows, index);
        label = IntStream.range(0, p.length).reduce((a, b) -> p[b] > p[a] ? b : a).orElse(0);
      }
      double[] change = influence.lossChangeIfRemoved(rows, index, label);
      Integer[] order = IntStream.range(0, change.length).boxed().toArray(Integer[]::new);
      Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -change[i]));
      int n = Math.min(top, change.length);
      String prefix =
          (index + 1)
              + ","
              + Csv.field(labels.get(label))
              + ","
              + (recorded ? "recorded" : "predicted");
      for (int r = 0; r < n; r++) {
        line(out, prefix, "helpful", r + 1, order[r], trainRows, train, change);
        out.append('\n');
      }
      for (int r = 0; r < n; r++) {
        line(out, prefix, "harmful", r + 1, order[order.length - 1 - r], trainRows, train, change);
        out.append('\n');
      }
    }
    OutputFiles.write(common.output(), "--output", spec.commandLine().getOut(), w -> w.print(out));
    return 0;
  }

  private int approximate(ExplainSetup setup, Classifier template, Instances train) {
    SubsampleInfluence estimator;
    try {
      estimator = new SubsampleInfluence(subsamples, fraction, common.seed());
      estimator.subsetSize(train.numInstances());
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          e.getMessage()
              + " (--subsamples "
              + subsamples
              + ", --subsample-fraction "
              + fraction
              + ")");
    }
    int[] selected = setup.selectedRows();
    Dataset data = setup.data();
    int target = setup.schema().targetIndex();
    double[][] rows = new double[selected.length][];
    int[] labels = new int[selected.length];
    boolean[] recorded = new boolean[selected.length];
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < selected.length; i++) {
      rows[i] = data.row(selected[i]);
      double value = rows[i][target];
      recorded[i] = !Double.isNaN(value);
      labels[i] = recorded[i] ? (int) value : -1;
      if (!recorded[i]) {
        missing.add(i);
      }
    }
    if (!missing.isEmpty()) {
      double[][] unlabelled = missing.stream().map(i -> rows[i]).toArray(double[][]::new);
      double[][] p = setup.model().predict(unlabelled);
      for (int m = 0; m < p.length; m++) {
        double[] probabilities = p[m];
        labels[missing.get(m)] =
            IntStream.range(0, probabilities.length)
                .reduce((a, b) -> probabilities[b] > probabilities[a] ? b : a)
                .orElse(0);
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, "influence", !common.quiet());
    SubsampleEstimate estimate;
    try {
      estimate =
          estimator.estimate(
              train.numInstances(),
              new WekaSubsetTrainer(template, train, subsamples),
              rows,
              labels,
              GlobalSupport.engine(common, progress));
    } finally {
      progress.finish();
    }
    err.println(
        "glasswing: note: approximate influence from "
            + subsamples
            + " models, each trained on "
            + estimator.subsetSize(train.numInstances())
            + " of the "
            + train.numInstances()
            + " training rows (Feldman & Zhang 2020); loss_change is the effect of a row in"
            + " training sets of that size, with its standard error");
    int[] undetermined = estimate.undetermined();
    if (undetermined.length > 0) {
      err.println(
          "glasswing: note: "
              + undetermined.length
              + " training rows were in every subset or in none, so their influence is unknown"
              + " (NaN) and they are not ranked; give more --subsamples or a"
              + " --subsample-fraction nearer 0.5");
    }
    List<String> classLabels = setup.schema().target().labels();
    StringBuilder out = new StringBuilder(APPROXIMATE_HEADER).append('\n');
    int[] trainRows = IntStream.range(0, train.numInstances()).toArray();
    for (int t = 0; t < selected.length; t++) {
      double[] change = estimate.lossChangeIfRemoved(t);
      double[] error = estimate.standardError(t);
      Integer[] order =
          IntStream.range(0, change.length)
              .filter(i -> !Double.isNaN(change[i]))
              .boxed()
              .toArray(Integer[]::new);
      Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -change[i]));
      int n = Math.min(top, order.length);
      String prefix =
          (selected[t] + 1)
              + ","
              + Csv.field(classLabels.get(labels[t]))
              + ","
              + (recorded[t] ? "recorded" : "predicted");
      for (int r = 0; r < 2 * n; r++) {
        boolean helpful = r < n;
        int position = helpful ? order[r] : order[order.length - 1 - (r - n)];
        line(
            out,
            prefix,
            helpful ? "helpful" : "harmful",
            (helpful ? r : r - n) + 1,
            position,
            trainRows,
            train,
            change);
        int with = estimate.timesIncluded(position);
        out.append(",approximate,")
            .append(Csv.number(error[position]))
            .append(',')
            .append(subsamples - with)
            .append(',')
            .append(with)
            .append('\n');
      }
    }
    OutputFiles.write(common.output(), "--output", spec.commandLine().getOut(), w -> w.print(out));
    return 0;
  }

  private static void line(
      StringBuilder out,
      String prefix,
      String kind,
      int rank,
      int position,
      int[] trainRows,
      Instances train,
      double[] change) {
    int trainRow = trainRows[position];
    out.append(prefix)
        .append(',')
        .append(kind)
        .append(',')
        .append(rank)
        .append(',')
        .append(trainRow + 1)
        .append(',')
        .append(Csv.field(train.instance(trainRow).stringValue(train.classIndex())))
        .append(',')
        .append(Csv.number(change[position]));
  }
}
