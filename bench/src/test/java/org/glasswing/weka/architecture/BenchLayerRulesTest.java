package org.glasswing.weka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The benchmarks run the core's methods through the Weka bridge only; the command line calls them,
 * not the other way round, and the Weka plug-ins and Deeplearning4j stay out.
 */
@AnalyzeClasses(
    packages = "org.glasswing.weka.bench",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BenchLayerRulesTest {

  @ArchTest
  static final ArchRule benchUsesTheBridgeOnly =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.glasswing.weka.cli..",
              "picocli..",
              "org.glasswing.weka.filters..",
              "org.glasswing.weka.classifiers..",
              "org.glasswing.weka.attributeSelection..",
              "org.glasswing.weka.evaluation..",
              "org.glasswing.weka.knowledgeflow..",
              "org.glasswing.weka.gui..",
              "org.glasswing.deep..",
              "org.deeplearning4j..",
              "javax.swing..")
          .because("benchmarks measure the core's methods, shipped in no Weka package");
}
