package org.glasswing.knime.global;

import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Creates the Interactions Loop Start node; its description is InteractionsLoopStartNodeFactory.xml
 * beside this class.
 */
public final class InteractionsLoopStartNodeFactory
    extends DialogNodeFactory<InteractionsLoopStartNodeModel> {

  /** Creates the factory. */
  public InteractionsLoopStartNodeFactory() {}

  @Override
  public InteractionsLoopStartNodeModel createNodeModel() {
    return new InteractionsLoopStartNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new InteractionsLoopStartNodeDialog();
  }
}
