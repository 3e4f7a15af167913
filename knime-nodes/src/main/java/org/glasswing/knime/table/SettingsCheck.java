package org.glasswing.knime.table;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModel;

/**
 * Validates one setting the way the framework does, but with a message of one line that names the
 * setting and says how to fix it: the framework's own messages name neither ("value (=-1) must be
 * within [0, 10]") or give no fix ("Config for key "x" not found.").
 */
public final class SettingsCheck {

  private SettingsCheck() {}

  /**
   * Validates a setting.
   *
   * @param settings the settings to validate
   * @param key the setting's key, as the model saves it
   * @param model the setting's model
   * @throws InvalidSettingsException naming the setting if it is missing, of another type or out of
   *     range
   */
  public static void validate(NodeSettingsRO settings, String key, SettingsModel model)
      throws InvalidSettingsException {
    if (!settings.containsKey(key)) {
      throw new InvalidSettingsException(
          "the setting '"
              + Messages.quoted(key)
              + "' is missing; open the node's dialog and press OK (or reset the node) to store"
              + " it");
    }
    try {
      model.validateSettings(settings);
    } catch (InvalidSettingsException e) {
      throw new InvalidSettingsException(
          "the setting '"
              + Messages.quoted(key)
              + "' is invalid: "
              + oneLine(e.getMessage())
              + "; change it in the node's dialog",
          e);
    }
  }

  /**
   * A message on one line.
   *
   * @param message a message, possibly {@code null} or of several lines
   * @return the lines joined by "; ", or "no reason given" for {@code null}
   */
  public static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "no reason given";
    }
    return String.join("; ", message.strip().split("\\s*\\R\\s*"));
  }
}
