package org.glasswing.knime.loop;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.methods.Parameter;
import org.glasswing.knime.table.Messages;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * One catalogue {@link Parameter} as a KNIME setting: saved under the parameter's name with a
 * settings model of its type, read back under that name or an older key, and handed to the
 * catalogue as text. A number whose default the method computes (or that differs between the
 * offered methods) is 0 for "the method's default", which lies outside every such range.
 */
final class SettingsParameter {

  private final Parameter parameter;
  private final List<String> keys;
  private final boolean zeroIsDefault;
  private final String legacyDefault;
  private final SettingsModel model;

  /**
   * Creates the setting.
   *
   * @param parameter the catalogue parameter
   * @param zeroIsDefault whether 0 stands for the method's own default
   * @param olderKeys the node's older keys of the setting, besides the catalogue's aliases
   * @param legacyDefault the value of a workflow saved before the setting existed, or null for the
   *     catalogue's default
   */
  SettingsParameter(
      Parameter parameter, boolean zeroIsDefault, List<String> olderKeys, String legacyDefault) {
    this.parameter = parameter;
    this.zeroIsDefault = zeroIsDefault;
    this.legacyDefault = legacyDefault;
    List<String> all = new ArrayList<>();
    all.add(parameter.name());
    all.addAll(olderKeys);
    all.addAll(parameter.aliases());
    this.keys = List.copyOf(all);
    this.model = model(parameter, zeroIsDefault);
  }

  private static SettingsModel model(Parameter p, boolean zero) {
    String name = p.name();
    return switch (p.type()) {
      case INTEGER ->
          new SettingsModelIntegerBounded(
              name,
              zero ? 0 : Integer.parseInt(p.defaultValue()),
              zero ? 0 : (int) p.min(),
              (int) Math.min(p.max(), Integer.MAX_VALUE));
      case LONG -> new SettingsModelInteger(name, (int) Long.parseLong(p.defaultValue()));
      case REAL ->
          new SettingsModelDoubleBounded(
              name, zero ? 0 : Double.parseDouble(p.defaultValue()), zero ? 0 : p.min(), p.max());
      case FLAG -> new SettingsModelBoolean(name, false);
      default -> new SettingsModelString(name, p.defaultValue());
    };
  }

  Parameter parameter() {
    return parameter;
  }

  SettingsModel model() {
    return model;
  }

  boolean zeroIsDefault() {
    return zeroIsDefault;
  }

  void save(NodeSettingsWO settings) {
    model.saveSettingsTo(settings);
  }

  /**
   * The setting as the catalogue reads it.
   *
   * @return the text, or null when the method's default applies
   */
  String text() {
    return switch (parameter.type()) {
      case INTEGER, LONG -> number(((SettingsModelInteger) model).getIntValue());
      case REAL -> number(((SettingsModelDoubleBounded) model).getDoubleValue());
      case FLAG -> Boolean.toString(((SettingsModelBoolean) model).getBooleanValue());
      default -> ((SettingsModelString) model).getStringValue();
    };
  }

  /**
   * The setting as saved in some settings, under its name or an older key.
   *
   * @param settings the settings
   * @return the text, or null when the method's default applies
   * @throws InvalidSettingsException if the value is of another type
   */
  String text(NodeSettingsRO settings) throws InvalidSettingsException {
    String key = keys.stream().filter(settings::containsKey).findFirst().orElse(null);
    if (key == null) {
      return legacyDefault;
    }
    try {
      return switch (parameter.type()) {
        case INTEGER, LONG -> number(settings.getInt(key));
        case REAL -> number(settings.getDouble(key));
        case FLAG -> Boolean.toString(settings.getBoolean(key));
        default -> settings.getString(key);
      };
    } catch (InvalidSettingsException e) {
      throw new InvalidSettingsException(
          "the setting '"
              + Messages.quoted(key)
              + "' is not of the type "
              + parameter.type().name().toLowerCase(java.util.Locale.ROOT)
              + "; change it in the node's dialog",
          e);
    }
  }

  /**
   * Sets the model from checked text.
   *
   * @param text the text, or null for the method's default
   */
  void set(String text) {
    switch (parameter.type()) {
      case INTEGER, LONG ->
          ((SettingsModelInteger) model)
              .setIntValue(text == null ? defaultInt() : Integer.parseInt(text.strip()));
      case REAL ->
          ((SettingsModelDoubleBounded) model)
              .setDoubleValue(text == null ? defaultReal() : Double.parseDouble(text.strip()));
      case FLAG -> ((SettingsModelBoolean) model).setBooleanValue(Boolean.parseBoolean(text));
      default ->
          ((SettingsModelString) model)
              .setStringValue(text == null ? parameter.defaultValue() : text);
    }
  }

  private int defaultInt() {
    return zeroIsDefault ? 0 : (int) Long.parseLong(parameter.defaultValue());
  }

  private double defaultReal() {
    return zeroIsDefault ? 0 : Double.parseDouble(parameter.defaultValue());
  }

  private String number(double value) {
    if (zeroIsDefault && value == 0) {
      return null;
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
