package org.glasswing.weka.gui;

import weka.gui.explorer.ClassifierPanel;
import weka.gui.explorer.ClassifierPanelLaunchHandlerPlugin;
import weka.gui.explorer.Explorer;

/**
 * "Explain this model" in the Classify tab, through Weka's public launch-handler plug-in point (a
 * button beside Start): switches to the Explain tab and explains the model selected in the result
 * list, as the result list keeps it (trained on the full training set), on the Preprocess data.
 */
public class ExplainThisModel implements ClassifierPanelLaunchHandlerPlugin {

  private transient ClassifierPanel panel;

  /** Creates the plug-in; the Classify tab calls this. */
  public ExplainThisModel() {}

  @Override
  public void setClassifierPanel(ClassifierPanel classifierPanel) {
    this.panel = classifierPanel;
  }

  @Override
  public String getLaunchCommand() {
    return "Explain this model";
  }

  @Override
  public void launch() {
    Explorer explorer = panel == null ? null : panel.getExplorer();
    if (explorer == null) {
      return;
    }
    for (Explorer.ExplorerPanel tab : explorer.getPanels()) {
      if (tab instanceof ExplainPanel explain) {
        explorer.getTabbedPane().setSelectedComponent(explain);
        explain.explainClassifyTabModel();
        return;
      }
    }
  }
}
