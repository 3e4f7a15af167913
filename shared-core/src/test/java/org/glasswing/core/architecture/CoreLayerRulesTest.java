package org.glasswing.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core stays free of every host: no Weka, KNIME, Deeplearning4j or Swing. */
@AnalyzeClasses(
    packages = "org.glasswing.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CoreLayerRulesTest {

  @ArchTest
  static final ArchRule coreUsesNoHostFramework =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("weka..", "org.knime..", "org.deeplearning4j..", "javax.swing..")
          .because("algorithms live once, in shared-core; adapters only translate");
}
