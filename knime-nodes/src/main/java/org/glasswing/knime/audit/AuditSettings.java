package org.glasswing.knime.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditSection;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ModelRequirement;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.loop.JoinedSettings;
import org.glasswing.knime.loop.LoopSettings;
import org.glasswing.knime.loop.ModelSettings;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.weka.ClassifierFactory;
import org.glasswing.weka.UserInputException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The Audit Report Loop Start's settings: every setting of an {@link AuditPlan} under its plan
 * name, with the plan's default and range ({@link AuditPlan#parameters()}, shown and checked as the
 * catalogue settings of the other loops are), plus the class column, the learner (a Weka classifier
 * spec for the sections that retrain; empty to list them as not run), the sections to leave out and
 * the directory the report is written to.
 */
final class AuditSettings implements LoopSettings {

  /** The key of the class column. */
  static final String CLASS_COLUMN = "classColumn";

  /** The key of the learner's Weka classifier spec. */
  static final String LEARNER = "learner";

  /** The key of the sections left out, comma-separated section keys. */
  static final String SKIP = "skipSections";

  /** The key of the report directory. */
  static final String DIRECTORY = "reportDirectory";

  /** The page's name in the report directory, as {@code glasswing audit} names it. */
  static final String REPORT_FILE = "report.html";

  /** The plan's settings as one catalogue-like spec, so that the loops' settings code reads it. */
  static final MethodSpec PLAN =
      new MethodSpec(
          "audit",
          Family.GLOBAL,
          "What does one report say about the data, the model's performance, its uncertainty and"
              + " its explanations?",
          AuditPlan.parameters(),
          "Glasswing audit (the report of glasswing audit)",
          ModelRequirement.ANY_MODEL,
          Set.of(),
          false,
          values -> true,
          null);

  private final CatalogueSettings plan = new CatalogueSettings(List.of(PLAN), Map.of(), Map.of());
  private final SettingsModelString classColumn = new SettingsModelString(CLASS_COLUMN, "");
  private final SettingsModelString learner = new SettingsModelString(LEARNER, "");
  private final SettingsModelString skip = new SettingsModelString(SKIP, "");
  private final SettingsModelString directory =
      new SettingsModelString(
          DIRECTORY, Path.of(System.getProperty("user.home"), "glasswing-report").toString());
  private final LoopSettings all =
      new JoinedSettings(
          plan,
          new ModelSettings()
              .add(CLASS_COLUMN, classColumn)
              .add(LEARNER, learner)
              .add(SKIP, skip)
              .add(DIRECTORY, directory));

  @Override
  public void save(NodeSettingsWO settings) {
    all.save(settings);
  }

  @Override
  public void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    all.validate(settings);
    AuditSettings copy = new AuditSettings();
    copy.all.load(settings);
    copy.auditPlan();
    copy.checkLearner();
    if (copy.directory.getStringValue().isBlank()) {
      throw new InvalidSettingsException(
          "the setting '" + DIRECTORY + "' is empty; name the directory the report goes to");
    }
  }

  @Override
  public void load(NodeSettingsRO settings) throws InvalidSettingsException {
    all.load(settings);
  }

  /**
   * The plan these settings make.
   *
   * @return the plan
   * @throws InvalidSettingsException naming the setting at fault
   */
  AuditPlan auditPlan() throws InvalidSettingsException {
    AuditPlan made = AuditPlan.defaults();
    try {
      for (Map.Entry<String, Object> e : plan.values().givenValues().entrySet()) {
        made = made.with(e.getKey(), String.valueOf(e.getValue()));
      }
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(SettingsCheck.oneLine(e.getMessage()), e);
    }
    for (String key : skipped()) {
      try {
        made = made.withSection(AuditSection.ofKey(key), false);
      } catch (IllegalArgumentException e) {
        throw new InvalidSettingsException(
            "the setting '" + SKIP + "': " + SettingsCheck.oneLine(e.getMessage()), e);
      }
    }
    return made;
  }

  private List<String> skipped() {
    List<String> keys = new ArrayList<>();
    for (String part : skip.getStringValue().split(",")) {
      if (!part.isBlank()) {
        keys.add(part.strip());
      }
    }
    return keys;
  }

  /**
   * The learner spec, checked.
   *
   * @return the spec, or empty for none
   * @throws InvalidSettingsException if Weka cannot make the classifier
   */
  String checkLearner() throws InvalidSettingsException {
    String spec = learner.getStringValue().strip();
    if (!spec.isEmpty()) {
      try {
        ClassifierFactory.create(spec);
      } catch (UserInputException | IllegalArgumentException e) {
        throw new InvalidSettingsException(
            "the setting '"
                + LEARNER
                + "' '"
                + Messages.quoted(spec)
                + "': "
                + SettingsCheck.oneLine(e.getMessage())
                + "; give a Weka classifier spec such as weka.classifiers.trees.J48 -C 0.25, or"
                + " leave it empty",
            e);
      }
    }
    return spec;
  }

  /**
   * The class column setting.
   *
   * @return the column name, empty for the last column
   */
  String classColumn() {
    return classColumn.getStringValue();
  }

  /**
   * The report page.
   *
   * @return the file {@value #REPORT_FILE} inside the report directory
   */
  Path reportFile() {
    return Path.of(directory.getStringValue()).resolve(REPORT_FILE);
  }

  /**
   * The plan part, for the dialog.
   *
   * @return the catalogue settings
   */
  CatalogueSettings planSettings() {
    return plan;
  }

  /**
   * The models of the node's own settings, for the dialog, in order: class column, learner,
   * sections left out, report directory.
   *
   * @return the models
   */
  List<SettingsModelString> ownModels() {
    return List.of(classColumn, learner, skip, directory);
  }
}
