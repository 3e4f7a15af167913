package org.glasswing.deep.installed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.glasswing.weka.InstalledPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;
import weka.core.converters.ConverterUtils.DataSource;

/**
 * Installs the glasswing package and then the glasswing-deep package offline into one fresh
 * WEKA_HOME, and runs DeepNetClassifier through Weka's package class loaders in child JVMs whose
 * class path holds Weka only: on its own through {@code weka.Run}, inside the glasswing package's
 * AddExplanation, and in the list of classifiers the Explorer's chooser offers.
 */
class DeepPackageIT {

  /** A tiny network that trains in well under a second on iris. */
  private static final String NETWORK =
      "org.glasswing.deep.DeepNetClassifier -layers 8 -epochs 5 -S 1";

  @TempDir static Path dir;
  static InstalledPackage weka;
  static Path iris;

  @BeforeAll
  static void install() throws Exception {
    weka =
        InstalledPackage.install(
            dir, List.of(zip("glasswing.package.zip"), zip("glasswing.deep.package.zip")));
    iris = InstalledPackage.dataFile("iris", dir);
  }

  /** A zip path failsafe passes (see deep/pom.xml). */
  private static Path zip(String property) {
    String given = System.getProperty(property);
    assertThat(given).as("system property " + property + "; run through mvn verify").isNotNull();
    return Paths.get(given);
  }

  @Test
  void bothPackagesAreInstalledAndDeepNetClassifierIsNotOnTheChildClassPath() throws Exception {
    assertThat(weka.home().resolve("packages/glasswingDeep/glasswing-deep.jar")).exists();
    InstalledPackage.Run listed =
        weka.java(
            List.of(), "weka.core.WekaPackageManager", "-offline", "-list-packages", "installed");
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("glasswing:").contains("glasswingDeep:");
    InstalledPackage.Run direct = weka.java(List.of(), "org.glasswing.deep.DeepNetClassifier");
    assertThat(direct.exitCode()).isNotZero();
    assertThat(direct.err()).contains("ClassNotFoundException");
  }

  @Test
  void wekaRunTrainsAndSavesDeepNetClassifierAndAddExplanationReadsTheModel() throws Exception {
    Path model = dir.resolve("iris-deep.model");
    InstalledPackage.Run run =
        weka.wekaRun(
            "org.glasswing.deep.DeepNetClassifier",
            "-layers",
            "8",
            "-epochs",
            "5",
            "-S",
            "1",
            "-t",
            iris.toString(),
            "-no-cv",
            "-d",
            model.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.err()).doesNotContain("Exception");
    assertThat(run.out()).contains("Correctly Classified Instances");

    // the saved network passes the glasswing package's loader: glasswingDeep's allow-list counts
    Path out = dir.resolve("iris-deep-model-explained.arff");
    InstalledPackage.Run explained =
        weka.wekaRun(
            "AddExplanation",
            "-serialized",
            model.toString(),
            "-i",
            iris.toString(),
            "-o",
            out.toString(),
            "-c",
            "last");
    assertThat(explained.exitCode()).as(explained.out() + explained.err()).isZero();
    assertThat(explained.err()).doesNotContain("Exception");
    assertThat(DataSource.read(out.toString()).numInstances()).isEqualTo(150);
  }

  @Test
  void addExplanationExplainsDeepNetClassifier() throws Exception {
    Path out = dir.resolve("iris-deep-explained.arff");
    InstalledPackage.Run run =
        weka.wekaRun(
            "AddExplanation",
            "-W",
            NETWORK,
            "-i",
            iris.toString(),
            "-o",
            out.toString(),
            "-c",
            "last");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.err()).doesNotContain("Exception");
    Instances explained = DataSource.read(out.toString());
    assertThat(explained.numInstances()).isEqualTo(150);
    assertThat(explained.numAttributes()).isEqualTo(5 + 6);
    assertThat(explained.attribute(5).name()).isEqualTo("shap_base");
    assertThat(explained.attribute(6).name()).isEqualTo("shap_sepallength");
    for (int r = 0; r < 150; r++) {
      double sum = 0;
      for (int a = 5; a < 10; a++) {
        sum += explained.instance(r).value(a);
      }
      // base value plus attributions: the predicted class's probability (6 decimals in ARFF)
      assertThat(sum).isBetween(1.0 / 3 - 1e-4, 1.0 + 1e-4);
    }
  }

  @Test
  void theExplorersClassifierChooserListsDeepNetClassifier() throws Exception {
    // the harness class alone: Weka's class discovery would also list (and fail to load) the
    // other test classes of org.glasswing.deep if the whole test-classes directory were on the path
    String name = ChooserListing.class.getName().replace('.', '/') + ".class";
    Path harness = dir.resolve("harness");
    Files.createDirectories(harness.resolve(name).getParent());
    try (InputStream in = ChooserListing.class.getClassLoader().getResourceAsStream(name)) {
      Files.copy(in, harness.resolve(name));
    }
    InstalledPackage.Run run =
        weka.java(
            List.of("-Djava.awt.headless=true"),
            Map.of(InstalledPackage.EXTRA_CLASS_PATH, harness.toString()),
            ChooserListing.class.getName(),
            "weka.classifiers.Classifier");
    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("org.glasswing.deep.DeepNetClassifier");
  }
}
