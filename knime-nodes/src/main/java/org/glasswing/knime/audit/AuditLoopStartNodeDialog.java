package org.glasswing.knime.audit;

import java.util.List;
import org.glasswing.knime.loop.CatalogueDialog;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The dialog of the Audit Report Loop Start: the class column, the learner, the sections left out
 * and the report directory, then every setting of the audit plan (from {@link
 * org.glasswing.audit.AuditPlan#parameters()}).
 */
final class AuditLoopStartNodeDialog extends DefaultNodeSettingsPane {

  AuditLoopStartNodeDialog() {
    AuditSettings settings = new AuditSettings();
    List<SettingsModelString> own = settings.ownModels();
    addDialogComponent(
        new DialogComponentString(own.get(0), "Class column (empty: the last column)"));
    addDialogComponent(
        new DialogComponentString(
            own.get(1),
            "Learner: Weka classifier spec for the retraining sections (empty: not run)"));
    addDialogComponent(
        new DialogComponentString(own.get(2), "Sections left out (comma-separated keys)"));
    addDialogComponent(new DialogComponentString(own.get(3), "Report directory"));
    createNewGroup("Audit plan");
    CatalogueDialog.addTo(this, settings.planSettings());
  }
}
