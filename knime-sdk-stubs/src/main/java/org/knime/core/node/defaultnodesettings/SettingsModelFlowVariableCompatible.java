package org.knime.core.node.defaultnodesettings;

/** Stub: a settings model a flow variable can control (its methods are left out). */
public interface SettingsModelFlowVariableCompatible {}
