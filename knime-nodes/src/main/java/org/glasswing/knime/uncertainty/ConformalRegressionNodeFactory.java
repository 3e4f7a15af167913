package org.glasswing.knime.uncertainty;

import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Creates the Conformal Regression node; its description is ConformalRegressionNodeFactory.xml
 * beside this class.
 */
public final class ConformalRegressionNodeFactory
    extends DialogNodeFactory<ConformalRegressionNodeModel> {

  /** Creates the factory. */
  public ConformalRegressionNodeFactory() {}

  @Override
  public ConformalRegressionNodeModel createNodeModel() {
    return new ConformalRegressionNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ConformalRegressionNodeDialog();
  }
}
