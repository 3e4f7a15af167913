package org.glasswing.knime.sanity;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Explanation Comparer node; its description is ExplanationComparerNodeFactory.xml
 * beside this class.
 */
public final class ExplanationComparerNodeFactory
    extends NodeFactory<ExplanationComparerNodeModel> {

  /** Creates the factory. */
  public ExplanationComparerNodeFactory() {}

  @Override
  public ExplanationComparerNodeModel createNodeModel() {
    return new ExplanationComparerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<ExplanationComparerNodeModel> createNodeView(
      int viewIndex, ExplanationComparerNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("the node has no views");
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ExplanationComparerNodeDialog();
  }
}
