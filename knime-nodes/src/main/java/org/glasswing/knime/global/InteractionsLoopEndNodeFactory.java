package org.glasswing.knime.global;

import org.glasswing.knime.loop.ProbabilityColumnsDialog;
import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Creates the Interactions Loop End node; its description is InteractionsLoopEndNodeFactory.xml
 * beside this class.
 */
public final class InteractionsLoopEndNodeFactory
    extends DialogNodeFactory<InteractionsLoopEndNodeModel> {

  /** Creates the factory. */
  public InteractionsLoopEndNodeFactory() {}

  @Override
  public InteractionsLoopEndNodeModel createNodeModel() {
    return new InteractionsLoopEndNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ProbabilityColumnsDialog();
  }
}
