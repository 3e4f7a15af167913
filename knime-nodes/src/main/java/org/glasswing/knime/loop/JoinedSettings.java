package org.glasswing.knime.loop;

import java.util.List;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * A node's settings made of parts, such as the catalogue's settings of its method and the node's
 * own (column choices, rows per iteration); saved, validated and loaded part by part.
 */
public final class JoinedSettings implements LoopSettings {

  private final List<LoopSettings> parts;

  /**
   * Joins parts.
   *
   * @param parts the parts, in order
   */
  public JoinedSettings(LoopSettings... parts) {
    this.parts = List.of(parts);
  }

  @Override
  public void save(NodeSettingsWO settings) {
    for (LoopSettings part : parts) {
      part.save(settings);
    }
  }

  @Override
  public void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    for (LoopSettings part : parts) {
      part.validate(settings);
    }
  }

  @Override
  public void load(NodeSettingsRO settings) throws InvalidSettingsException {
    for (LoopSettings part : parts) {
      part.load(settings);
    }
  }
}
