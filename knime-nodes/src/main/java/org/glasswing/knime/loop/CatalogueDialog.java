package org.glasswing.knime.loop;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponent;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * Builds the method part of a loop start's dialog from {@link CatalogueSettings}: a choice of the
 * method, then one component per catalogue parameter, labelled with its name and default and with
 * its description as the tooltip.
 */
public final class CatalogueDialog {

  private CatalogueDialog() {}

  /**
   * Adds the components.
   *
   * @param pane the dialog
   * @param settings the settings the dialog edits (a fresh instance of the node's settings)
   */
  public static void addTo(DefaultNodeSettingsPane pane, CatalogueSettings settings) {
    List<MethodSpec> methods = settings.methods();
    if (methods.size() > 1) {
      DialogComponent choice =
          new DialogComponentStringSelection(
              settings.methodModel(),
              "Method",
              methods.stream().map(MethodSpec::name).toArray(String[]::new));
      choice.setToolTipText(
          String.join(" | ", methods.stream().map(s -> s.name() + ": " + s.question()).toList()));
      pane.addDialogComponent(choice);
    }
    for (SettingsParameter p : settings.parameters()) {
      DialogComponent component = component(p, label(p, methods));
      component.setToolTipText(p.parameter().description());
      pane.addDialogComponent(component);
    }
  }

  private static DialogComponent component(SettingsParameter p, String label) {
    Parameter parameter = p.parameter();
    return switch (parameter.type()) {
      case INTEGER, LONG -> new DialogComponentNumber((SettingsModelNumber) p.model(), label, 1);
      case REAL -> new DialogComponentNumber((SettingsModelNumber) p.model(), label, 0.05);
      case FLAG -> new DialogComponentBoolean((SettingsModelBoolean) p.model(), label);
      case CHOICE ->
          new DialogComponentStringSelection(
              (SettingsModelString) p.model(), label, parameter.choices().toArray(new String[0]));
      default -> new DialogComponentString((SettingsModelString) p.model(), label);
    };
  }

  /**
   * The label: the catalogue name, what 0 means where it stands for the default, and the methods
   * that take the setting when not all do.
   */
  static String label(SettingsParameter p, List<MethodSpec> methods) {
    String name = p.parameter().name();
    List<String> takers = new ArrayList<>();
    List<String> defaults = new ArrayList<>();
    for (MethodSpec spec : methods) {
      spec.parameter(name)
          .ifPresent(
              own -> {
                takers.add(spec.name());
                defaults.add(
                    own.defaultLabel() + (methods.size() > 1 ? " for " + spec.name() : ""));
              });
    }
    StringBuilder label = new StringBuilder(name);
    if (p.zeroIsDefault()) {
      label.append(" (0 = the default: ").append(String.join("; ", defaults)).append(')');
    }
    if (takers.size() < methods.size()) {
      label.append(" [").append(String.join(", ", takers)).append(']');
    }
    return label.toString();
  }
}
