package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.glasswing.weka.TestData;
import org.glasswing.weka.classifiers.SparseLogisticRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.Evaluation;
import weka.core.Instances;
import weka.core.Utils;
import weka.core.converters.ArffSaver;

class GlassboxPathCommandTest {

  private static final String FAST = "-path-length 20 -cv-folds 5 -stability-runs 4 -seed 3";

  @TempDir Path dir;

  private Path save(Instances data, String name) throws Exception {
    Path file = dir.resolve(name);
    ArffSaver saver = new ArffSaver();
    saver.setInstances(data);
    saver.setFile(file.toFile());
    saver.writeBatch();
    return file;
  }

  /** The chosen row of the path and the coefficient table are those of the Weka learner. */
  @Test
  void thePathIsTheWekaLearnersPath() throws Exception {
    Path credit = save(TestData.creditG(), "credit.arff");
    Path plot = dir.resolve("path.svg");
    Path coefficients = dir.resolve("coefficients.csv");
    CliRun run =
        CliRun.of(
            "glassbox-path",
            "--train",
            credit.toString(),
            "--path-length",
            "20",
            "--cv-folds",
            "5",
            "--stability-runs",
            "4",
            "--seed",
            "3",
            "--plot",
            plot.toString(),
            "--coefficients",
            coefficients.toString());
    assertThat(run.code()).as(run.err()).isZero();
    SparseLogisticRegression weka = new SparseLogisticRegression();
    weka.setOptions(Utils.splitOptions(FAST));
    weka.buildClassifier(TestData.creditG());
    SparseLogisticModel model = weka.sparseModel();
    ClassPath path = model.paths().get(0);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("class,step,lambda,log10_lambda,kept,");
    assertThat(lines).hasSize(21);
    List<String> chosen = lines.stream().filter(l -> l.contains(",true,")).toList();
    assertThat(chosen).hasSize(1);
    String[] cells = chosen.get(0).split(",");
    assertThat(Integer.parseInt(cells[1])).isEqualTo(path.chosen() + 1);
    assertThat(Integer.parseInt(cells[4])).isEqualTo(path.path().kept(path.chosen()));
    double[] beta = path.path().beta(path.chosen());
    for (int j = 0; j < beta.length; j++) {
      assertThat(Double.parseDouble(cells[10 + j])).isCloseTo(beta[j], within(1e-9));
    }
    List<String> table = Files.readAllLines(coefficients);
    assertThat(table.get(0)).isEqualTo("class,input,coefficient,per_sd,stability,max_stability");
    assertThat(table).hasSize(2 + model.design().size());
    assertThat(Files.readString(plot)).startsWith("<svg").contains("chosen");
    assertThat(run.err()).contains("glasswing: glassbox-path: 'bad': lambda");
  }

  @Test
  void threeClassesGetOnePlotEach() throws Exception {
    Path iris = save(TestData.iris(), "iris.arff");
    Path plot = dir.resolve("iris.svg");
    CliRun run =
        CliRun.of(
            "glassbox-path",
            "--train",
            iris.toString(),
            "--stability-runs",
            "0",
            "--cv-folds",
            "3",
            "--plot",
            plot.toString(),
            "-q");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(dir.resolve("iris-Iris-setosa.svg")).exists();
    assertThat(dir.resolve("iris-Iris-virginica.svg")).exists();
    assertThat(run.out().lines().filter(l -> l.startsWith("Iris-versicolor,"))).isNotEmpty();
  }

  /** glassbox --learner sparse-logistic cross-validates the Weka learner on the same folds. */
  @Test
  void glassboxComparesTheSparseLearner() throws Exception {
    Path iris = save(TestData.iris(), "iris.arff");
    CliRun run =
        CliRun.of(
            "glassbox",
            "--train",
            iris.toString(),
            "--classifier",
            "weka.classifiers.trees.J48",
            "--learner",
            "sparse-logistic",
            "--folds",
            "5",
            "--path-length",
            "20",
            "--cv-folds",
            "5",
            "--stability-runs",
            "4",
            "--seed",
            "3");
    assertThat(run.code()).as(run.err()).isZero();
    SparseLogisticRegression weka = new SparseLogisticRegression();
    weka.setOptions(Utils.splitOptions(FAST));
    Instances data = TestData.iris();
    Evaluation e = new Evaluation(data);
    e.crossValidateModel(weka, data, 5, new Random(3));
    String accuracy =
        run.out().lines().filter(l -> l.startsWith("glassbox_accuracy,")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(accuracy.split(",")[1]))
        .isCloseTo(e.pctCorrect() / 100, within(1e-12));
    assertThat(run.out()).contains("glassbox_learner,sparse-logistic").contains("glassbox_kept,");
  }

  @Test
  void glassboxComparesTheMixtureOfExperts() throws Exception {
    Path iris = save(TestData.iris(), "iris.arff");
    CliRun run =
        CliRun.of(
            "glassbox",
            "--train",
            iris.toString(),
            "--learner",
            "mixture-of-experts",
            "--experts",
            "2",
            "--iterations",
            "30",
            "--folds",
            "5",
            "--seed",
            "2");
    assertThat(run.code()).as(run.err()).isZero();
    org.glasswing.weka.classifiers.MixtureOfExperts moe =
        new org.glasswing.weka.classifiers.MixtureOfExperts();
    moe.setOptions(Utils.splitOptions("-experts 2 -iterations 30 -seed 2"));
    Instances data = TestData.iris();
    Evaluation e = new Evaluation(data);
    e.crossValidateModel(moe, data, 5, new Random(2));
    String accuracy =
        run.out().lines().filter(l -> l.startsWith("glassbox_accuracy,")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(accuracy.split(",")[1]))
        .isCloseTo(e.pctCorrect() / 100, within(1e-12));
    assertThat(run.out()).contains("glassbox_experts,2");
  }

  @Test
  void badInputIsOneLineWithExitTwo() throws Exception {
    CliRun alpha = CliRun.of("glassbox-path", "--alpha", "2");
    assertThat(alpha.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(alpha.err().strip().lines()).hasSize(1);
    assertThat(alpha.err()).contains("--alpha");
    CliRun mixed = CliRun.of("glassbox", "--learner", "sparse-logistic", "--rounds", "5");
    assertThat(mixed.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(mixed.err()).contains("--rounds does not apply to --learner sparse-logistic");
    CliRun shapes =
        CliRun.of(
            "glassbox",
            "--learner",
            "sparse-logistic",
            "--shapes",
            dir.resolve("s.csv").toString());
    assertThat(shapes.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(shapes.err()).contains("--shapes needs --learner explainable-boosting");
    CliRun unknown = CliRun.of("glassbox", "--learner", "forest");
    assertThat(unknown.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(unknown.err())
        .contains("use one of explainable-boosting, sparse-logistic, mixture-of-experts");
  }
}
