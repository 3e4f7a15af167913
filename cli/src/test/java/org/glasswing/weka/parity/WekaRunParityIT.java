package org.glasswing.weka.parity;

import java.nio.file.Path;
import org.glasswing.weka.InstalledPackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Weka package, installed offline into a fresh WEKA_HOME and run through {@code weka.Run},
 * gives the command line's numbers: both faces take the method from the catalogue.
 */
class WekaRunParityIT {

  @TempDir static Path dir;
  static InstalledPackage weka;
  static Path iris;

  @BeforeAll
  static void install() throws Exception {
    weka = InstalledPackage.install(dir);
    iris = InstalledPackage.dataFile("iris", dir);
  }

  @Test
  void wekaRunOfAddExplanationGivesTheCommandLinesNumbers() throws Exception {
    WekaRunParity.check(weka, iris, dir.resolve("iris-kernel-shap.arff"));
  }
}
