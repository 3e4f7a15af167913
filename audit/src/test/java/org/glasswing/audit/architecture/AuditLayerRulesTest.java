package org.glasswing.audit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The audit service is for every face (command line, Weka Explorer, KNIME), so it depends only on
 * the core and the Weka adapters, never on a face or on the deep-learning module; it can then move
 * into a module of its own.
 */
@AnalyzeClasses(
    packages = "org.glasswing.audit",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AuditLayerRulesTest {

  @ArchTest
  static final ArchRule auditUsesOnlyTheCoreAndTheWekaAdapters =
      classes()
          .that()
          .resideInAPackage("org.glasswing.audit..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              "org.glasswing.audit..",
              "org.glasswing.core..",
              "org.glasswing.report..",
              "org.glasswing.weka",
              "org.glasswing.weka.tree..",
              "org.glasswing.weka.sanity..",
              "org.glasswing.weka.explain..",
              "weka..")
          .because("the audit is a service every face calls, in a module of its own");

  @ArchTest
  static final ArchRule auditKnowsNoFace =
      noClasses()
          .that()
          .resideInAPackage("org.glasswing.audit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.glasswing.weka.cli..",
              "picocli..",
              "javax.swing..",
              "java.awt..",
              "org.glasswing.weka.gui..",
              "org.glasswing.deep..")
          .because("the command line, the GUI and the deep module call the audit, not the reverse");
}
