package org.glasswing.knime.audit;

import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Creates the Audit Report Loop Start node; its description is AuditLoopStartNodeFactory.xml beside
 * this class.
 */
public final class AuditLoopStartNodeFactory extends DialogNodeFactory<AuditLoopStartNodeModel> {

  /** Creates the factory. */
  public AuditLoopStartNodeFactory() {}

  @Override
  public AuditLoopStartNodeModel createNodeModel() {
    return new AuditLoopStartNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new AuditLoopStartNodeDialog();
  }
}
