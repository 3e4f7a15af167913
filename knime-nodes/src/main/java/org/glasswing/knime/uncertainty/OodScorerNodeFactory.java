package org.glasswing.knime.uncertainty;

import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the OOD Scorer node; its description is OodScorerNodeFactory.xml beside this class. */
public final class OodScorerNodeFactory extends DialogNodeFactory<OodScorerNodeModel> {

  /** Creates the factory. */
  public OodScorerNodeFactory() {}

  @Override
  public OodScorerNodeModel createNodeModel() {
    return new OodScorerNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new OodScorerNodeDialog();
  }
}
