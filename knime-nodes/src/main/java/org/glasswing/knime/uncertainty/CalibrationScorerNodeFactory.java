package org.glasswing.knime.uncertainty;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * Creates the Calibration Scorer node; its description is CalibrationScorerNodeFactory.xml beside
 * this class.
 */
public final class CalibrationScorerNodeFactory extends NodeFactory<CalibrationScorerNodeModel> {

  /** Creates the factory. */
  public CalibrationScorerNodeFactory() {}

  @Override
  public CalibrationScorerNodeModel createNodeModel() {
    return new CalibrationScorerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 1;
  }

  @Override
  public NodeView<CalibrationScorerNodeModel> createNodeView(
      int viewIndex, CalibrationScorerNodeModel nodeModel) {
    if (viewIndex != 0) {
      throw new IndexOutOfBoundsException("the node has one view (index 0), not " + viewIndex);
    }
    return new CalibrationScorerNodeView(nodeModel);
  }

  @Override
  protected boolean hasDialog() {
    return true;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new CalibrationScorerNodeDialog();
  }
}
