package org.glasswing.knime.examples;

import org.glasswing.knime.node.DialogNodeFactory;
import org.knime.core.node.NodeDialogPane;

/** Creates the Row Map node; its description is MapNodeFactory.xml beside this class. */
public final class MapNodeFactory extends DialogNodeFactory<MapNodeModel> {

  /** Creates the factory. */
  public MapNodeFactory() {}

  @Override
  public MapNodeModel createNodeModel() {
    return new MapNodeModel();
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new MapNodeDialog();
  }
}
