package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glasswing.weka.InvalidOptionException;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaCommandLine;
import org.glasswing.weka.attributeSelection.MeanShapleyAttributeEval;
import org.glasswing.weka.attributeSelection.PermutationAttributeEval;
import org.glasswing.weka.classifiers.CalibratedClassifier;
import org.glasswing.weka.classifiers.ConformalClassifier;
import org.glasswing.weka.filters.AddExplanation;
import org.glasswing.weka.filters.AddUncertainty;
import org.glasswing.weka.knowledgeflow.ExplainerStep;
import org.glasswing.weka.knowledgeflow.SanityCheckStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.bayes.NaiveBayes;
import weka.core.Instances;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.core.WekaException;
import weka.core.converters.ConverterUtils.DataSink;

/**
 * Every bad option value, unloadable classifier and unsuitable data set of the Weka schemes fails
 * with one line that names the option and the fix; from the command line ({@code main} and {@code
 * weka.Run}) the run ends with exit code 2 and that line on standard error, without a stack trace.
 */
class WekaSchemeErrorsTest {

  @TempDir Path dir;

  private static Throwable setOptions(OptionHandler scheme, String options) throws Exception {
    return catchThrowable(() -> scheme.setOptions(Utils.splitOptions(options)));
  }

  private static void assertOneLine(Throwable thrown, String... parts) {
    assertThat(thrown).isNotNull();
    assertThat(thrown.getMessage()).doesNotContain("\n");
    for (String part : parts) {
      assertThat(thrown.getMessage()).contains(part);
    }
  }

  private static void assertInvalidOption(Throwable thrown, String... parts) {
    assertThat(thrown).isInstanceOf(InvalidOptionException.class);
    assertOneLine(thrown, parts);
  }

  // --- options: each fails in setOptions (or the setter), with no fallback to a default

  @Test
  void anUnknownMethodIsRefusedNotRunAsAuto() throws Exception {
    AddExplanation filter = new AddExplanation();
    assertInvalidOption(
        setOptions(filter, "-method bogus"),
        "-method bogus: unknown method; use one of auto, exact-shapley, sampling-shapley,"
            + " kernel-shap, tree-shap, lime, occlusion, input-magnitude");
  }

  @Test
  void aClassifierThatDoesNotExistIsRefusedNotReplacedByJ48() throws Exception {
    assertInvalidOption(
        setOptions(new AddExplanation(), "-W no.such.Classifier"),
        "-W no.such.Classifier: no Weka classifier named 'no.such.Classifier'",
        "such as weka.classifiers.trees.J48");
  }

  @Test
  void aClassThatIsNoClassifierIsRefused() throws Exception {
    assertInvalidOption(
        setOptions(new AddUncertainty(), "-W java.lang.String"),
        "-W java.lang.String: 'java.lang.String' is not a Weka classifier");
  }

  @Test
  void optionsTheClassifierRejectsNameTheClassifier() throws Exception {
    assertInvalidOption(
        setOptions(new PermutationAttributeEval(), "-W \"weka.classifiers.trees.J48 -Q\""),
        "invalid options for the classifier weka.classifiers.trees.J48 (-Q)",
        "-h for its options");
  }

  @Test
  void aNegativeBudgetIsRefused() throws Exception {
    assertInvalidOption(
        setOptions(new AddExplanation(), "-budget -1"),
        "-budget -1: must be at least 1, or 0 for the catalogue's default",
        "use for example -budget 0");
  }

  @Test
  void aBudgetThatIsNoNumberIsRefused() throws Exception {
    assertInvalidOption(
        setOptions(new MeanShapleyAttributeEval(), "-budget lots"),
        "-budget lots: not a whole number; use -budget <n>");
  }

  @Test
  void anUnknownFlagLeftOverIsAnError() throws Exception {
    assertInvalidOption(
        setOptions(new AddExplanation(), "-method auto -frobnicate 3"),
        "unknown option -frobnicate 3; AddExplanation does not take it",
        "-h");
    assertInvalidOption(
        setOptions(new MeanShapleyAttributeEval(), "-nope"), "unknown option -nope");
  }

  @Test
  void alphaOutOfRangeIsRefusedAsTyped() throws Exception {
    assertInvalidOption(
        setOptions(new AddUncertainty(), "-conformal -alpha 1.5"),
        "-alpha 1.5: must be more than 0 and less than 1",
        "use for example -alpha 0.1");
    assertInvalidOption(setOptions(new ConformalClassifier(), "-alpha 2"), "-alpha 2: must be");
  }

  @Test
  void theCalibratorsMethodMustBeKnown() throws Exception {
    assertInvalidOption(
        setOptions(new CalibratedClassifier(), "-method bogus"),
        "-calibrator bogus: unknown value; use one of platt, isotonic, temperature");
  }

  @Test
  void aMetaClassifiersBaseClassifierMustExist() throws Exception {
    assertInvalidOption(
        setOptions(new CalibratedClassifier(), "-W no.such.Classifier"),
        "-W no.such.Classifier: no Weka classifier named 'no.such.Classifier'");
    assertInvalidOption(
        setOptions(new ConformalClassifier(), "-W weka.classifiers.trees.J48 -- -Q"),
        "invalid options for the classifier weka.classifiers.trees.J48");
  }

  @Test
  void foldsCountsAndNeighboursOutOfRangeAreRefused() throws Exception {
    assertInvalidOption(setOptions(new CalibratedClassifier(), "-folds 1"), "-folds 1: must be 0");
    assertInvalidOption(
        setOptions(new PermutationAttributeEval(), "-folds 1"), "-folds 1: must be at least 2");
    assertInvalidOption(
        setOptions(new AddUncertainty(), "-ood -K 0"), "-neighbours 0: must be at least 1");
    assertInvalidOption(setOptions(new MeanShapleyAttributeEval(), "-max-rows -5"), "-max-rows -5");
    assertInvalidOption(
        setOptions(new ConformalClassifier(), "-calibration-fraction 0"),
        "-calibration-fraction 0: must be more than 0 and less than 1");
  }

  @Test
  void enumAndMetricNamesListTheAllowedValues() throws Exception {
    assertInvalidOption(
        setOptions(new ConformalClassifier(), "-score XYZ"),
        "-score XYZ: unknown value; use one of lac, aps, raps");
    assertInvalidOption(
        setOptions(new PermutationAttributeEval(), "-metric f1"),
        "-metric f1: unknown metric; use one of default, accuracy, auc, log-loss, rmse");
  }

  @Test
  void settersRefuseTheSameValuesForTheGuiAndTheKnowledgeFlow() {
    assertInvalidOption(
        catchThrowable(() -> new AddExplanation().setBackgroundSize(-1)),
        "-background-size -1: must be at least 0; use -background-size <n>");
    assertInvalidOption(catchThrowable(() -> new ExplainerStep().setBudget(-2)), "-budget -2");
    assertInvalidOption(catchThrowable(() -> new ExplainerStep().setTarget(" ")), "-target");
    assertInvalidOption(catchThrowable(() -> new SanityCheckStep().setRepeats(0)), "-repeats 0");
    assertInvalidOption(catchThrowable(() -> new AddExplanation().setMethod(null)), "-method");
  }

  @Test
  void validOptionsStillRoundTripThroughGetOptions() throws Exception {
    AddUncertainty filter = new AddUncertainty();
    filter.setOptions(
        Utils.splitOptions(
            "-W weka.classifiers.bayes.NaiveBayes -conformal -mondrian -alpha 0.05 -K 3"));
    AddUncertainty copy = new AddUncertainty();
    copy.setOptions(filter.getOptions());
    assertThat(copy.getConformal()).isTrue();
    assertThat(copy.getMondrian()).isTrue();
    assertThat(copy.getAlpha()).isEqualTo(0.05);
    assertThat(copy.getNeighbours()).isEqualTo(3);
    assertThat(copy.getClassifier()).isInstanceOf(NaiveBayes.class);

    CalibratedClassifier calibrated = new CalibratedClassifier();
    calibrated.setOptions(
        Utils.splitOptions("-method isotonic -folds 5 -W weka.classifiers.trees.J48 -- -C 0.1"));
    CalibratedClassifier again = new CalibratedClassifier();
    again.setOptions(calibrated.getOptions());
    assertThat(again.getFolds()).isEqualTo(5);
    assertThat(Utils.joinOptions(again.getOptions())).contains("isotonic").contains("-C 0.1");
  }

  // --- data: caught early with one message

  @Test
  void dataWithoutAClassIsRefusedWithTheFix() {
    Instances iris = TestData.iris();
    iris.setClassIndex(-1);
    Throwable thrown = catchThrowable(() -> new AddExplanation().setInputFormat(iris));
    assertThat(thrown).isInstanceOf(WekaException.class);
    assertOneLine(thrown, "AddExplanation needs a class attribute", "-c last");
  }

  @Test
  void aStringAttributeIsRefused() {
    Instances data =
        TestData.arff(
            "@relation s\n@attribute note string\n@attribute x numeric\n@attribute c {a,b}\n"
                + "@data\n'hi',1,a\n'ho',2,b\n");
    Throwable thrown = catchThrowable(() -> new AddExplanation().setInputFormat(data));
    assertOneLine(thrown, "'note'", "string");
  }

  @Test
  void aNumericClassForACalibratorSuggestsNumericToNominal() {
    Instances iris = TestData.iris();
    iris.setClassIndex(0);
    Throwable thrown = catchThrowable(() -> new CalibratedClassifier().buildClassifier(iris));
    assertOneLine(thrown, "needs a nominal class", "NumericToNominal or Discretize");
  }

  @Test
  void oneClassDataIsRefusedByConformal() {
    Instances iris = TestData.iris();
    iris.removeIf(row -> row.classValue() != 0);
    Throwable thrown = catchThrowable(() -> new ConformalClassifier().buildClassifier(iris));
    assertOneLine(thrown, "at least two classes", "all 50 have the class 'Iris-setosa'");
  }

  @Test
  void tooFewRowsForTheCalibrationSplitAreRefused() {
    Instances iris = TestData.iris();
    Instances two = new Instances(iris, 0);
    two.add(iris.instance(0));
    two.add(iris.instance(60));
    ConformalClassifier conformal = new ConformalClassifier();
    conformal.setCalibrationFraction(0.1);
    Throwable thrown = catchThrowable(() -> conformal.buildClassifier(two));
    assertOneLine(thrown, "cannot split 2 instances", "-calibration-fraction 0.1");
  }

  // --- the command line: exit code 2, one line on standard error, no stack trace

  private Path iris() throws Exception {
    Path file = dir.resolve("iris.arff");
    DataSink.write(file.toString(), TestData.iris());
    return file;
  }

  private static void assertUserError(ForkedScheme.Result run, String line) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(WekaCommandLine.EXIT_USER_ERROR);
    assertThat(run.errLines()).as(run.err()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith(line);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Test
  void mainExitsWithTwoAndOneLineAndWritesNoOutput() throws Exception {
    Path out = dir.resolve("out.arff");
    ForkedScheme.Result run =
        ForkedScheme.run(
            dir,
            AddExplanation.class.getName(),
            "-method",
            "bogus",
            "-i",
            iris().toString(),
            "-o",
            out.toString(),
            "-c",
            "last");
    assertUserError(run, "AddExplanation: error: -method bogus: unknown method; use one of auto");
    assertThat(out).doesNotExist();
  }

  @Test
  void wekaRunExitsWithTwoForAClassifierThatDoesNotExist() throws Exception {
    Path out = dir.resolve("out.arff");
    ForkedScheme.Result run =
        ForkedScheme.run(
            dir,
            "weka.Run",
            "-do-not-prompt-if-multiple-matches",
            AddExplanation.class.getName(),
            "-W",
            "no.such.Classifier",
            "-i",
            iris().toString(),
            "-o",
            out.toString(),
            "-c",
            "last");
    assertUserError(run, "AddExplanation: error: -W no.such.Classifier: no Weka classifier");
    assertThat(out).doesNotExist();
  }

  @Test
  void wekaRunExitsWithTwoForAClassifiersBadOption() throws Exception {
    ForkedScheme.Result run =
        ForkedScheme.run(
            dir,
            "weka.Run",
            "-do-not-prompt-if-multiple-matches",
            CalibratedClassifier.class.getName(),
            "-method",
            "bogus",
            "-t",
            iris().toString());
    assertUserError(run, "CalibratedClassifier: error: -calibrator bogus: unknown value");
    assertThat(run.out()).isBlank();
  }

  @Test
  void evaluatorMainExitsWithTwoForAnUnknownFlag() throws Exception {
    ForkedScheme.Result run =
        ForkedScheme.run(
            dir,
            PermutationAttributeEval.class.getName(),
            "-repeats",
            "2",
            "-bogus",
            "-i",
            iris().toString(),
            "-s",
            "weka.attributeSelection.Ranker");
    assertUserError(run, "PermutationAttributeEval: error: unknown option -bogus");
  }

  @Test
  void dataErrorsExitWithTwoToo() throws Exception {
    Instances one = TestData.iris();
    one.removeIf(row -> row.classValue() != 0);
    Path file = dir.resolve("setosa.arff");
    DataSink.write(file.toString(), one);
    ForkedScheme.Result run =
        ForkedScheme.run(dir, ConformalClassifier.class.getName(), "-t", file.toString());
    assertUserError(run, "ConformalClassifier: error: ConformalClassifier needs training");
  }

  @Test
  void aGoodRunStillExitsWithZeroAndHelpToo() throws Exception {
    Path out = dir.resolve("explained.arff");
    ForkedScheme.Result run =
        ForkedScheme.run(
            dir,
            AddExplanation.class.getName(),
            "-i",
            iris().toString(),
            "-o",
            out.toString(),
            "-c",
            "last");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.exists(out)).isTrue();
    ForkedScheme.Result help = ForkedScheme.run(dir, AddUncertainty.class.getName(), "-h");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out() + help.err()).contains("-conformal");
  }

  @Test
  void inProcessARunReportsItsCodeAndOffTheMainThreadDoesNotEndTheJvm() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] args = {"-target", " ", "-i", iris().toString(), "-c", "last"};
    int code = WekaCommandLine.runFilter(new AddExplanation(), args, new PrintStream(bytes, true));
    assertThat(code).isEqualTo(WekaCommandLine.EXIT_USER_ERROR);
    assertThat(bytes.toString().strip())
        .startsWith("AddExplanation: error: -target")
        .doesNotContain("\n");
    bytes.reset();
    String[] missing = {"-t", dir.resolve("nope.arff").toString()};
    assertThat(
            WekaCommandLine.runClassifier(
                new CalibratedClassifier(), missing, new PrintStream(bytes, true)))
        .isEqualTo(WekaCommandLine.EXIT_USER_ERROR);
    assertThat(bytes.toString().strip())
        .startsWith("CalibratedClassifier: error: -t ")
        .endsWith("nope.arff: no such file; give the path of an existing ARFF or CSV file");
    // as in Weka's Simple CLI, which runs schemes on a thread of its own
    Thread host = new Thread(() -> WekaCommandLine.exit(WekaCommandLine.EXIT_USER_ERROR), "cli");
    host.start();
    host.join();
    assertThat(host.isAlive()).isFalse();
  }

  @Test
  void bugsAreInternalErrorsAndBadInputIsTheUsers() {
    assertThat(WekaCommandLine.isUserError(new WekaException("no class set"))).isTrue();
    assertThat(WekaCommandLine.isUserError(new InvalidOptionException("unknown option -x")))
        .isTrue();
    assertThat(WekaCommandLine.isUserError(new NullPointerException("x"))).isFalse();
    assertThat(WekaCommandLine.isUserError(new IllegalStateException("bug"))).isFalse();
  }
}
