package org.glasswing.weka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Weka bridge is what every Weka face shares, so it knows none of them: no Weka plug-in, no
 * command line or picocli, no benchmark, no Deeplearning4j, no Swing or Weka GUI.
 */
@AnalyzeClasses(
    packages = "org.glasswing.weka",
    importOptions = ImportOption.DoNotIncludeTests.class)
class BridgeLayerRulesTest {

  @ArchTest
  static final ArchRule bridgeKnowsNoFace =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.glasswing.weka.filters..",
              "org.glasswing.weka.classifiers..",
              "org.glasswing.weka.attributeSelection..",
              "org.glasswing.weka.evaluation..",
              "org.glasswing.weka.knowledgeflow..",
              "org.glasswing.weka.gui..",
              "org.glasswing.weka.cli..",
              "org.glasswing.weka.bench..",
              "picocli..")
          .because("the plug-ins, the command line and the benchmarks build on the bridge");

  @ArchTest
  static final ArchRule bridgeUsesNoDeepLearningOrGui =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.glasswing.deep..",
              "org.deeplearning4j..",
              "org.nd4j..",
              "javax.swing..",
              "weka.gui..")
          .because("the bridge ships in the platform-independent glasswing Weka package");
}
