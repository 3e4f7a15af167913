package org.glasswing.knime.loop;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** The settings of a loop node, as its node model saves, validates and loads them. */
public interface LoopSettings {

  /**
   * Saves the settings.
   *
   * @param settings where to
   */
  void save(NodeSettingsWO settings);

  /**
   * Validates settings without loading them; reads older keys as aliases.
   *
   * @param settings the settings
   * @throws InvalidSettingsException naming the setting at fault, in one line
   */
  void validate(NodeSettingsRO settings) throws InvalidSettingsException;

  /**
   * Loads validated settings; reads older keys as aliases.
   *
   * @param settings the settings
   * @throws InvalidSettingsException if a setting cannot be read
   */
  void load(NodeSettingsRO settings) throws InvalidSettingsException;

  /** The settings of a loop node that has none. */
  LoopSettings NONE =
      new LoopSettings() {
        @Override
        public void save(NodeSettingsWO settings) {}

        @Override
        public void validate(NodeSettingsRO settings) {}

        @Override
        public void load(NodeSettingsRO settings) {}
      };
}
