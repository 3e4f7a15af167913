package org.knime.core.node.defaultnodesettings;

/** Stub: a numeric setting. Its package-private methods keep other packages from extending it. */
public abstract class SettingsModelNumber extends SettingsModel {

  abstract String getNumberValueStr();

  abstract void setNumberValueStr(String newValueStr);
}
