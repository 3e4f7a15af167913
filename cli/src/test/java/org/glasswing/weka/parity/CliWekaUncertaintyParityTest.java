package org.glasswing.weka.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glasswing.weka.TestData;
import org.glasswing.weka.attributeSelection.PermutationAttributeEval;
import org.glasswing.weka.cli.CliRun;
import org.glasswing.weka.filters.AddUncertainty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;
import weka.core.converters.ArffSaver;
import weka.filters.Filter;

/**
 * Beyond the local methods: the command line and the Weka plug-ins give the same numbers for
 * permutation importance ({@code importance --method permutation} and PermutationAttributeEval) and
 * for the per-row conformal sets and out-of-distribution percentiles ({@code uncertainty
 * --conformal --ood} and AddUncertainty), on iris with the same classifier, settings and seed.
 */
class CliWekaUncertaintyParityTest {

  private static final double TOLERANCE = 1e-12;

  @TempDir static Path dir;
  private static Path iris;

  @BeforeAll
  static void writeIris() throws Exception {
    iris = dir.resolve("iris.arff");
    ArffSaver saver = new ArffSaver();
    saver.setInstances(TestData.iris());
    saver.setFile(iris.toFile());
    saver.writeBatch();
    assertThat(Files.size(iris)).isPositive();
  }

  @Test
  void permutationImportanceIsTheSameOnTheCommandLineAndInTheEvaluator() throws Exception {
    CliRun cli =
        CliRun.of(
            "importance",
            "-q",
            "--method",
            "permutation",
            "--train",
            iris.toString(),
            "--classifier",
            "weka.classifiers.trees.J48",
            "--seed",
            "7",
            "--folds",
            "4",
            "--repeats",
            "3");
    assertThat(cli.code()).as(cli.err()).isZero();

    PermutationAttributeEval eval = new PermutationAttributeEval();
    eval.setOptions(
        new String[] {
          "-W", "weka.classifiers.trees.J48", "-S", "7", "-folds", "4", "-repeats", "3"
        });
    Instances data = TestData.iris();
    eval.buildEvaluator(data);

    List<String> lines = cli.out().lines().skip(1).toList();
    assertThat(lines).hasSize(data.numAttributes() - 1);
    double max = 0;
    boolean someNonZero = false;
    for (String line : lines) {
      String[] f = line.split(",");
      double weka = eval.evaluateAttribute(data.attribute(f[0]).index());
      max = Math.max(max, Math.abs(Double.parseDouble(f[1]) - weka));
      someNonZero |= weka != 0;
    }
    System.out.printf(
        "permutation importance, CLI vs PermutationAttributeEval: max |diff| %s%n", max);
    assertThat(someNonZero).as("the comparison is not between zeros").isTrue();
    assertThat(max).isLessThanOrEqualTo(TOLERANCE);
  }

  @Test
  void conformalSetsAreTheSameOnTheCommandLineAndInTheFilter() throws Exception {
    Instances data = TestData.iris();
    List<String> lines = cliUncertainty("--conformal", "--alpha", "0.05");
    Instances out = filtered("-conformal", "-alpha", "0.05");
    int setColumn = header(lines).indexOf("set");
    int different = 0;
    int sizes = 0;
    for (int r = 0; r < data.numInstances(); r++) {
      List<String> wekaSet = new ArrayList<>();
      for (int c = 0; c < data.classAttribute().numValues(); c++) {
        String label = data.classAttribute().value(c);
        if (out.instance(r).value(out.attribute("unc_p_" + label)) > 0.05) {
          wekaSet.add(label);
        }
      }
      String cli = lines.get(r + 1).split(",", -1)[setColumn];
      different += cli.equals("{" + String.join("|", wekaSet) + "}") ? 0 : 1;
      sizes += (int) out.instance(r).value(out.attribute("unc_set_size"));
      assertThat(wekaSet).hasSize((int) out.instance(r).value(out.attribute("unc_set_size")));
    }
    System.out.printf(
        "conformal sets, CLI vs AddUncertainty: %d of %d differ (mean size %.3f)%n",
        different, data.numInstances(), sizes / (double) data.numInstances());
    assertThat(different).isZero();
  }

  @Test
  void probabilitiesAndOodPercentilesAreTheSameOnTheCommandLineAndInTheFilter() throws Exception {
    Instances data = TestData.iris();
    List<String> lines = cliUncertainty("--ood");
    Instances out = filtered("-ood");
    List<String> header = header(lines);
    double max = 0;
    for (int r = 0; r < data.numInstances(); r++) {
      String[] f = lines.get(r + 1).split(",", -1);
      for (String[] pair :
          new String[][] {
            {"max_prob", "unc_max_prob"},
            {"margin", "unc_margin"},
            {"entropy", "unc_entropy"},
            {"knn_percentile", "unc_ood_percentile"}
          }) {
        double cli = Double.parseDouble(f[header.indexOf(pair[0])]);
        max = Math.max(max, Math.abs(cli - out.instance(r).value(out.attribute(pair[1]))));
      }
    }
    System.out.printf("scores and OOD percentiles, CLI vs AddUncertainty: max |diff| %s%n", max);
    assertThat(max).isLessThanOrEqualTo(TOLERANCE);
  }

  private static final String NAIVE_BAYES = "weka.classifiers.bayes.NaiveBayes";

  private static List<String> cliUncertainty(String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "uncertainty",
                "-q",
                "--train",
                iris.toString(),
                "--classifier",
                NAIVE_BAYES,
                "--seed",
                "7"));
    args.addAll(List.of(options));
    CliRun cli = CliRun.of(args.toArray(String[]::new));
    assertThat(cli.code()).as(cli.err()).isZero();
    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(1 + 150);
    return lines;
  }

  private static List<String> header(List<String> lines) {
    return Arrays.asList(lines.get(0).split(",", -1));
  }

  private static Instances filtered(String... options) throws Exception {
    List<String> all = new ArrayList<>(List.of("-W", NAIVE_BAYES, "-S", "7"));
    all.addAll(List.of(options));
    AddUncertainty filter = new AddUncertainty();
    filter.setOptions(all.toArray(new String[0]));
    Instances data = TestData.iris();
    filter.setInputFormat(data);
    return Filter.useFilter(data, filter);
  }
}
