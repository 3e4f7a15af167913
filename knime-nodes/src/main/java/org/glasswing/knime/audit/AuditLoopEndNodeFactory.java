package org.glasswing.knime.audit;

import org.glasswing.knime.loop.ProbabilityColumnsDialog;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Audit Report Loop End node, with its findings view; its description is
 * AuditLoopEndNodeFactory.xml beside this class.
 */
public final class AuditLoopEndNodeFactory extends NodeFactory<AuditLoopEndNodeModel> {

  /** Creates the factory. */
  public AuditLoopEndNodeFactory() {}

  @Override
  public AuditLoopEndNodeModel createNodeModel() {
    return new AuditLoopEndNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 1;
  }

  @Override
  public NodeView<AuditLoopEndNodeModel> createNodeView(
      int viewIndex, AuditLoopEndNodeModel nodeModel) {
    if (viewIndex != 0) {
      throw new IndexOutOfBoundsException("the node has one view, not " + viewIndex);
    }
    return new AuditReportNodeView(nodeModel);
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ProbabilityColumnsDialog();
  }
}
