package org.glasswing.knime.uncertainty;

import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Creates the Fairness Scorer node; its description is FairnessScorerNodeFactory.xml beside this
 * class.
 */
public final class FairnessScorerNodeFactory extends DialogNodeFactory<FairnessScorerNodeModel> {

  /** Creates the factory. */
  public FairnessScorerNodeFactory() {}

  @Override
  public FairnessScorerNodeModel createNodeModel() {
    return new FairnessScorerNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new FairnessScorerNodeDialog();
  }
}
