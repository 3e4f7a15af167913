package org.glasswing.knime.loop;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * Plain settings: a list of settings models, each saved under its key, validated with {@link
 * SettingsCheck}'s one-line messages and loaded in order.
 */
public final class ModelSettings implements LoopSettings {

  private record Entry(String key, SettingsModel model) {}

  private final List<Entry> entries = new ArrayList<>();

  /**
   * Adds a setting.
   *
   * @param key the key its model saves it under
   * @param model the model
   * @return this
   */
  public ModelSettings add(String key, SettingsModel model) {
    entries.add(new Entry(key, model));
    return this;
  }

  @Override
  public void save(NodeSettingsWO settings) {
    for (Entry e : entries) {
      e.model().saveSettingsTo(settings);
    }
  }

  @Override
  public void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    for (Entry e : entries) {
      SettingsCheck.validate(settings, e.key(), e.model());
    }
  }

  @Override
  public void load(NodeSettingsRO settings) throws InvalidSettingsException {
    for (Entry e : entries) {
      e.model().loadSettingsFrom(settings);
    }
  }
}
