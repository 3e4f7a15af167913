package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.io.Csv;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaLogisticInfluence;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;

/**
 * {@code glasswing influence}: for each selected row, the training rows that helped and harmed the
 * prediction most, by the exact influence function of Weka's ridge logistic regression.
 */
@Command(
    name = "influence",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Which training rows drove each prediction? For weka.classifiers.functions.Logistic: the"
          + " training rows whose removal would change the row's log-loss most (Koh & Liang's"
          + " influence function, exact Hessian). Positive: the row helped; negative: it harmed.",
      ""
    })
public final class InfluenceCommand implements Callable<Integer> {

  /** The CSV header. */
  public static final String HEADER =
      "row,label,label_source,kind,rank,train_row,train_label,loss_change";

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "5",
      description = "Most helpful and most harmful training rows listed per row.")
  private int top;

  /** Creates the command; picocli fills in the options. */
  public InfluenceCommand() {}

  @Override
  public Integer call() {
    TableOutput.check(common, "influence");
    if (top < 1) {
      throw new UserInputException("--top must be at least 1, got " + top);
    }
    ExplainSetup setup = ExplainSetup.load(common);
    if (!setup.usesSavedModel() && !(setup.newClassifier() instanceof Logistic)) {
      throw new UserInputException(
          "influence is computed exactly only for weka.classifiers.functions.Logistic, not for "
              + setup.newClassifier().getClass().getName()
              + "; give --classifier weka.classifiers.functions.Logistic (-R sets its ridge)");
    }
    Instances train = setup.trainingData();
    if (train == null) {
      throw new UserInputException("influence needs the training data; give --train");
    }
    if (!setup.schema().isClassification()) {
      throw new UserInputException("influence needs a nominal class");
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
      java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -change[i]));
      int n = Math.min(top, change.length);
      String prefix =
          (index + 1)
              + ","
              + Csv.field(labels.get(label))
              + ","
              + (recorded ? "recorded" : "predicted");
      for (int r = 0; r < n; r++) {
        line(out, prefix, "helpful", r + 1, order[r], trainRows, train, change);
      }
      for (int r = 0; r < n; r++) {
        line(out, prefix, "harmful", r + 1, order[order.length - 1 - r], trainRows, train, change);
      }
    }
    TableOutput.write(common.output(), spec.commandLine().getOut(), w -> w.print(out));
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
        .append(Csv.number(change[position]))
        .append('\n');
  }
}
