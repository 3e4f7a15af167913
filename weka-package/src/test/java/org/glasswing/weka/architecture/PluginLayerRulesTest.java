package org.glasswing.weka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Weka plug-ins ship in the glasswing Weka package: no command line, picocli, benchmark or
 * Deeplearning4j code may reach them (DeepNetClassifier is the separate glasswing-deep package).
 */
@AnalyzeClasses(
    packages = {
      "org.glasswing.weka.filters",
      "org.glasswing.weka.classifiers",
      "org.glasswing.weka.attributeSelection",
      "org.glasswing.weka.evaluation",
      "org.glasswing.weka.knowledgeflow",
      "org.glasswing.weka.gui"
    },
    importOptions = ImportOption.DoNotIncludeTests.class)
class PluginLayerRulesTest {

  @ArchTest
  static final ArchRule pluginsStayInTheWekaPackage =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.glasswing.weka.cli..",
              "org.glasswing.weka.bench..",
              "picocli..",
              "org.glasswing.deep..",
              "org.deeplearning4j..",
              "org.nd4j..")
          .because("the glasswing Weka package is small and platform-independent");
}
