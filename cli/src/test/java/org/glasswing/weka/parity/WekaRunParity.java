package org.glasswing.weka.parity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.glasswing.weka.InstalledPackage;
import org.glasswing.weka.cli.CliRun;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * {@code weka.Run AddExplanation}, run from the installed package in a child JVM, against the
 * command line's {@code explain} in process, for kernel-shap on iris.
 */
public final class WekaRunParity {

  private static final String LOGISTIC = "weka.classifiers.functions.Logistic";

  private WekaRunParity() {}

  /**
   * Runs both and requires the same numbers up to the 14 decimals the ARFF file is written with.
   *
   * @param weka the installed package
   * @param iris the iris ARFF file
   * @param out where weka.Run writes its output
   * @throws Exception if a run fails
   */
  public static void check(InstalledPackage weka, Path iris, Path out) throws Exception {
    InstalledPackage.Run run =
        weka.wekaRun(
            "AddExplanation",
            "-W",
            LOGISTIC,
            "-method",
            "kernel-shap",
            "-budget",
            "300",
            "-S",
            "7",
            "-i",
            iris.toString(),
            "-o",
            out.toString(),
            "-c",
            "last",
            "-decimal",
            "14");
    assertThat(run.exitCode()).as(run.err()).isZero();
    CliRun cli =
        CliRun.of(
            "explain",
            "-q",
            "--train",
            iris.toString(),
            "--classifier",
            LOGISTIC,
            "--method",
            "kernel-shap",
            "--budget",
            "300",
            "--seed",
            "7",
            "--rows",
            "1-10");
    assertThat(cli.code()).as(cli.err()).isZero();
    Instances explained = DataSource.read(out.toString());
    explained.setClassIndex(explained.numAttributes() - 1);
    double diff = CliWekaParityTest.compare(cli.out(), explained);
    System.out.printf(
        "weka.Run AddExplanation versus glasswing explain (kernel-shap): max |diff| %.3e%n", diff);
    assertThat(diff).as("the ARFF file keeps 14 decimals").isLessThanOrEqualTo(1e-13);
  }
}
