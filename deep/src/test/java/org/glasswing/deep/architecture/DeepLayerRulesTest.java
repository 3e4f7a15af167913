package org.glasswing.deep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Deeplearning4j bridge needs the core and Weka only: it ships as the glasswing-deep Weka
 * package next to (not inside) the glasswing package, and the command line builds on it.
 */
@AnalyzeClasses(
    packages = "org.glasswing.deep",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DeepLayerRulesTest {

  @ArchTest
  static final ArchRule deepKnowsNoOtherFace =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.glasswing.weka..", "picocli..", "javax.swing..", "weka.gui..", "org.knime..")
          .because("DeepNetClassifier is a plain Weka classifier over the core");
}
