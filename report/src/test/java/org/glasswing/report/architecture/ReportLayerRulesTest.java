package org.glasswing.report.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The report draws the core's results and knows no host: no Weka, KNIME or Deeplearning4j. */
@AnalyzeClasses(
    packages = "org.glasswing.report",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ReportLayerRulesTest {

  @ArchTest
  static final ArchRule reportUsesNoHostFramework =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "weka..", "org.knime..", "org.deeplearning4j..", "org.glasswing.weka..")
          .because("the report only draws results; adapters translate, hosts embed the pictures");
}
