package org.glasswing.knime.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.io.ExplanationCsvWriter;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.cli.GlasswingCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.node.BufferedDataTable;
import picocli.CommandLine;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * The KNIME loops give the numbers of {@code glasswing explain} itself: the same saved model, the
 * background drawn from the same rows ({@code --train} on the command line, port 2 in KNIME), the
 * same rows explained and the same settings, under the same names.
 */
class CliParityTest {

  private static final double TOLERANCE = 1e-12;
  private static final Map<String, Double> MAX_DIFF = new LinkedHashMap<>();

  @TempDir static Path dir;
  private static WekaModel model;
  private static Instances explained;
  private static Instances background;
  private static Path modelFile;
  private static Path explainedFile;
  private static Path backgroundFile;

  @BeforeAll
  static void setUp() throws Exception {
    List<String> declared = List.of(ParityData.COLORS);
    List<String> labels =
        ParityData.firstSeen(
            ParityData.instances(3, 8, declared), ParityData.instances(150, 9, declared));
    Instances train = ParityData.instances(120, 7, labels);
    Logistic logistic = new Logistic();
    logistic.buildClassifier(train);
    model = new WekaModel(logistic, new Instances(train, 0));
    explained = ParityData.instances(3, 8, labels);
    background = ParityData.instances(150, 9, labels);
    modelFile = dir.resolve("logistic.model");
    SerializationHelper.writeAll(
        modelFile.toString(), new Object[] {logistic, new Instances(train, 0)});
    explainedFile = dir.resolve("explained.arff");
    Files.writeString(explainedFile, ParityData.arff(explained));
    backgroundFile = dir.resolve("background.arff");
    Files.writeString(backgroundFile, ParityData.arff(background));
  }

  @AfterAll
  static void report() {
    MAX_DIFF.forEach((k, v) -> System.out.printf("cli parity %-40s max |diff| = %.3g%n", k, v));
  }

  @Test
  void everyShapleyMethodMatchesTheCommandLine() throws Exception {
    for (String method : List.of("exact-shapley", "sampling-shapley", "kernel-shap")) {
      compare(
          method, Map.of(), ParityLoops.shapley(method, Map.of(), model, explained, background));
    }
    Map<String, String> other =
        Map.of(
            "seed", "7", "background-size", "20", "background-summary", "kmedoids", "budget", "64");
    compare(
        "kernel-shap",
        other,
        ParityLoops.shapley("kernel-shap", other, model, explained, background));
  }

  @Test
  void limeMatchesTheCommandLine() throws Exception {
    compare("lime", Map.of(), ParityLoops.lime(Map.of(), model, explained, background));
    Map<String, String> other = Map.of("seed", "7", "samples", "300", "lime-mode", "continuous");
    compare("lime", other, ParityLoops.lime(other, model, explained, background));
  }

  /** Runs {@code glasswing explain} in-process and compares its CSV with the loop's table. */
  private static void compare(String method, Map<String, String> given, BufferedDataTable out) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "explain",
                "-q",
                "--model",
                modelFile.toString(),
                "--train",
                backgroundFile.toString(),
                "--data",
                explainedFile.toString(),
                "--method",
                method,
                "--target",
                "all",
                "--format",
                "csv"));
    given.forEach(
        (name, value) -> {
          args.add("--" + name);
          args.add(value);
        });
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    CommandLine cli = GlasswingCommand.commandLine();
    cli.setOut(new PrintWriter(stdout, true));
    cli.setErr(new PrintWriter(stderr, true));
    assertThat(cli.execute(args.toArray(new String[0]))).as(stderr.toString()).isZero();
    List<String> lines = stdout.toString().lines().toList();
    assertThat(lines.get(0)).startsWith(ExplanationCsvWriter.HEADER);
    List<DataRow> rows = new ArrayList<>();
    out.forEach(rows::add);
    DataTableSpec spec = out.getDataTableSpec();
    double max = 0;
    int compared = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      DataRow row = rows.get(Integer.parseInt(f[0]) - 1);
      String output = " [P (class=" + f[1] + ")]";
      max = Math.max(max, diff(row, spec, f[4] + output, Double.parseDouble(f[6])));
      max = Math.max(max, diff(row, spec, "base value" + output, Double.parseDouble(f[2])));
      max = Math.max(max, diff(row, spec, "prediction" + output, Double.parseDouble(f[3])));
      compared++;
    }
    assertThat(compared).isEqualTo(explained.numInstances() * 2 * ParityData.FEATURES.length);
    MAX_DIFF.put(method + " " + given, max);
    assertThat(max).as(method + " " + given).isLessThanOrEqualTo(TOLERANCE);
  }

  private static double diff(DataRow row, DataTableSpec spec, String column, double expected) {
    int index = spec.findColumnIndex(column);
    assertThat(index).as(column).isNotNegative();
    return Math.abs(((DoubleValue) row.getCell(index)).getDoubleValue() - expected);
  }
}
