package org.glasswing.knime.examples;

import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Creates the Prototypes and Criticisms node; its description is PrototypesNodeFactory.xml beside
 * this class.
 */
public final class PrototypesNodeFactory extends DialogNodeFactory<PrototypesNodeModel> {

  /** Creates the factory. */
  public PrototypesNodeFactory() {}

  @Override
  public PrototypesNodeModel createNodeModel() {
    return new PrototypesNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new PrototypesNodeDialog();
  }
}
