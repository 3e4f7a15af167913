package org.glasswing.weka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The command line is a headless face: it drives the core through the Weka bridge (and the deep and
 * bench modules), never through the Swing GUI of the Explorer tab or Weka's own GUI.
 */
@AnalyzeClasses(
    packages = "org.glasswing.weka.cli",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CliLayerRulesTest {

  @ArchTest
  static final ArchRule cliIsHeadless =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.glasswing.weka.gui..", "javax.swing..", "weka.gui..")
          .because("the command line runs without a display");
}
