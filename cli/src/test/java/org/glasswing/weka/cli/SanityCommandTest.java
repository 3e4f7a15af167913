package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SanityCommandTest {

  private static final String LOGISTIC = "weka.classifiers.functions.Logistic";

  @TempDir Path dir;
  private Path signal;

  /** 200 rows, six numeric attributes, a class that only x0, x1 and x2 decide (seeded). */
  @BeforeEach
  void writeData() throws Exception {
    StringBuilder arff = new StringBuilder("@relation signal\n");
    for (int j = 0; j < 6; j++) {
      arff.append("@attribute x").append(j).append(" numeric\n");
    }
    arff.append("@attribute class {no,yes}\n@data\n");
    SplittableRandom random = new SplittableRandom(5);
    for (int r = 0; r < 200; r++) {
      double[] x = new double[6];
      for (int j = 0; j < 6; j++) {
        x[j] = random.nextDouble(-1, 1) * (j + 1);
        arff.append(String.format(Locale.ROOT, "%.4f,", x[j]));
      }
      double score = 4 * x[0] + 1.5 * x[1] - x[2] + 0.3 * random.nextGaussian();
      arff.append(score > 0 ? "yes" : "no").append('\n');
    }
    signal = dir.resolve("signal.arff");
    Files.writeString(signal, arff);
  }

  private CliRun sanity(String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("sanity", "--train", signal.toString(), "--classifier", LOGISTIC, "-q"));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static String verdict(String csv, String method, String test, String measure) {
    return csv.lines()
        .filter(l -> l.startsWith(method + "," + test + "," + measure + ","))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + method + " " + measure + "\n" + csv))
        .split(",")[4];
  }

  @Test
  void controlFailsAndExactShapleyPassesDataRandomisation() {
    CliRun run =
        sanity(
            "--test", "data-randomization",
            "--method", "exact-shapley,input-magnitude",
            "--rows", "1-8",
            "--repeats", "2",
            "--background-size", "20");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("method,test,measure,value,verdict");
    assertThat(lines).hasSize(1 + 2 * 4);
    for (String measure : List.of("spearman-abs", "spearman", "top-k-intersection", "cosine")) {
      assertThat(verdict(run.out(), "input-magnitude", "data-randomization", measure))
          .isEqualTo("FAIL");
      assertThat(verdict(run.out(), "exact-shapley", "data-randomization", measure))
          .as(measure)
          .isEqualTo("PASS");
    }
  }

  @Test
  void logisticParametersAreRandomisedAndTheControlFails() {
    CliRun run =
        sanity(
            "--test", "parameter-randomization",
            "--method", "exact-shapley,input-magnitude",
            "--rows", "1-8",
            "--background-size", "20");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    String test = "parameter-randomization/cascading/coefficients";
    assertThat(verdict(run.out(), "input-magnitude", test, "spearman-abs")).isEqualTo("FAIL");
    assertThat(verdict(run.out(), "exact-shapley", test, "spearman")).isEqualTo("PASS");
  }

  @Test
  void faithfulnessPrintsTheAreasAndAPositiveSrgForShapley() {
    CliRun run =
        CliRun.of(
            "faithfulness",
            "--train",
            signal.toString(),
            "--classifier",
            LOGISTIC,
            "-q",
            "--method",
            "exact-shapley",
            "--rows",
            "1-10",
            "--background-size",
            "20");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).first().isEqualTo("method,curve,auc");
    assertThat(lines.stream().skip(1).map(l -> l.split(",")[1]))
        .containsExactly("mif", "lif", "random", "srg");
    double srg = Double.parseDouble(lines.get(4).split(",")[2]);
    double mif = Double.parseDouble(lines.get(1).split(",")[2]);
    double random = Double.parseDouble(lines.get(3).split(",")[2]);
    assertThat(srg).isPositive();
    assertThat(mif).isLessThan(random);

    CliRun spread =
        CliRun.of(
            "faithfulness",
            "--train",
            signal.toString(),
            "--classifier",
            LOGISTIC,
            "-q",
            "--method",
            "exact-shapley",
            "--rows",
            "1-10",
            "--background-size",
            "20",
            "--spread");
    assertThat(spread.out().lines().skip(1).map(l -> l.split(",")[1]))
        .containsExactly("mif", "lif", "random", "random-spread", "srg");
  }

  @Test
  void agreementOfAMethodWithItselfIsComplete() {
    CliRun run =
        CliRun.of(
            "agreement",
            "--train",
            signal.toString(),
            "--classifier",
            LOGISTIC,
            "-q",
            "--method",
            "exact-shapley,kernel-shap,input-magnitude",
            "--rows",
            "1-4",
            "--background-size",
            "10",
            "--top-k",
            "2");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("method_a,method_b,measure,value");
    assertThat(lines).hasSize(1 + 3 * 4);
    // kernel-shap with its default budget enumerates all 64 coalitions of 6 attributes: exact
    assertThat(lines)
        .contains("exact-shapley,kernel-shap,feature-agreement,1.0")
        .contains("exact-shapley,kernel-shap,signed-rank-agreement,1.0");
  }

  @Test
  void theChecksRadiusAndCopiesAreOptionsOfTheirOwnApartFromTheMethodsNoiseAndSamples() {
    String[] base = {
      "--test", "max-sensitivity", "--method", "lime", "--rows", "1-3", "--samples", "300"
    };
    CliRun small = sanity(concat(base, "--radius", "0.01", "--sensitivity-samples", "4"));
    CliRun large = sanity(concat(base, "--radius", "0.5", "--sensitivity-samples", "4"));
    assertThat(small.code()).as(small.err()).isZero();
    assertThat(large.code()).as(large.err()).isZero();
    double near = value(small.out(), "lime", "max-sensitivity");
    double far = value(large.out(), "lime", "max-sensitivity");
    assertThat(far).as("a larger radius moves the explanation further").isGreaterThan(near);

    CliRun noise = sanity("--test", "stability", "--method", "lime", "--noise", "0.1");
    assertThat(noise.code()).isEqualTo(2);
    assertThat(noise.err()).contains("--noise").hasLineCount(1);
  }

  private static double value(String csv, String method, String test) {
    String prefix = method + "," + test + "," + test + ",";
    return Double.parseDouble(
        csv.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow().split(",")[3]);
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void badInputIsOneLineWithExitCodeTwo() {
    CliRun j48 =
        CliRun.of(
            "sanity",
            "--train",
            signal.toString(),
            "--classifier",
            "weka.classifiers.functions.MultilayerPerceptron",
            "--test",
            "parameter-randomization",
            "--method",
            "exact-shapley",
            "-q");
    assertThat(j48.code()).isEqualTo(2);
    assertThat(j48.err())
        .isEqualTo(
            "glasswing: error: weka.classifiers.functions.MultilayerPerceptron offers no"
                + " parameters to randomise through Weka's public API, so the"
                + " parameter-randomization test cannot run on it; it supports"
                + " weka.classifiers.functions.Logistic and org.glasswing.deep.DeepNetClassifier"
                + " (use data-randomization for any classifier)\n");

    CliRun topK =
        sanity("--test", "data-randomization", "--method", "input-magnitude", "--top-k", "7");
    assertThat(topK.code()).isEqualTo(2);
    assertThat(topK.err())
        .isEqualTo(
            "glasswing: error: --top-k must be between 1 and the number of attributes besides"
                + " the class (6), got 7\n");

    CliRun method = sanity("--test", "stability", "--method", "exact-shapley,shap-magic");
    assertThat(method.code()).isEqualTo(2);
    assertThat(method.err())
        .startsWith(
            "glasswing: error: --method shap-magic: unknown method 'shap-magic'; use auto or one of")
        .hasLineCount(1);

    CliRun test = sanity("--test", "vibes", "--method", "exact-shapley");
    assertThat(test.code()).isEqualTo(2);
    assertThat(test.err()).startsWith("glasswing: error: no test 'vibes'; choose from");

    CliRun tree =
        CliRun.of(
            "faithfulness",
            "--train",
            signal.toString(),
            "--classifier",
            LOGISTIC,
            "--method",
            "tree-shap",
            "-q");
    assertThat(tree.code()).isEqualTo(2);
    assertThat(tree.err()).contains("tree-shap explains tree models only");
  }

  @Test
  void exactShapleyIsPerfectlyStableOverSeeds() {
    CliRun run =
        sanity(
            "--test", "stability,infidelity,max-sensitivity",
            "--method", "exact-shapley",
            "--rows", "1-3",
            "--runs", "3",
            "--background-size", "10");

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("exact-shapley,stability-seeds,top-k-jaccard,1.0,PASS")
        .contains("exact-shapley,stability-seeds,spearman,1.0,PASS")
        .contains("exact-shapley,infidelity,relative-infidelity,")
        .contains("exact-shapley,max-sensitivity,max-sensitivity,");
  }
}
