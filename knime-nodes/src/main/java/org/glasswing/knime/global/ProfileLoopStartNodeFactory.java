package org.glasswing.knime.global;

import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/**
 * Creates the Partial Dependence Loop Start node; its description is
 * ProfileLoopStartNodeFactory.xml beside this class.
 */
public final class ProfileLoopStartNodeFactory
    extends DialogNodeFactory<ProfileLoopStartNodeModel> {

  /** Creates the factory. */
  public ProfileLoopStartNodeFactory() {}

  @Override
  public ProfileLoopStartNodeModel createNodeModel() {
    return new ProfileLoopStartNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new ProfileLoopStartNodeDialog();
  }
}
