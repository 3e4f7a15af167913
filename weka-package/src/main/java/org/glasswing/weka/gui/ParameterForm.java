package org.glasswing.weka.gui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.glasswing.core.methods.Parameter;

/**
 * An options form generated from catalogue parameters: one row per parameter, its name, a field
 * holding its default (a check box for a flag, a list for a choice), and its description with the
 * default as the tool tip. A new parameter in the catalogue appears here without GUI code.
 */
final class ParameterForm extends JPanel {

  private static final long serialVersionUID = 1L;

  private final transient List<Parameter> parameters;
  private final Map<String, JComponent> fields = new LinkedHashMap<>();

  ParameterForm(List<Parameter> parameters) {
    this(parameters, List::of);
  }

  /**
   * A form whose attribute-list fields ({@link AttributePicker#LISTS}) get a button to choose the
   * attributes from a list.
   *
   * @param parameters the parameters
   * @param attributes the data's attribute names, asked when the button is pressed
   */
  ParameterForm(List<Parameter> parameters, Supplier<List<String>> attributes) {
    super(new GridBagLayout());
    this.parameters = List.copyOf(parameters);
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(1, 4, 1, 4);
    c.anchor = GridBagConstraints.WEST;
    c.gridy = 0;
    for (Parameter p : this.parameters) {
      JComponent field = field(p);
      String tip =
          "<html>"
              + ChartAreas.escape(p.description())
              + "<br>default: "
              + ChartAreas.escape(p.defaultLabel().isEmpty() ? "none" : p.defaultLabel())
              + "</html>";
      field.setToolTipText(tip);
      field.setName("glasswing.parameter." + p.name());
      JLabel label = new JLabel(p.name());
      label.setToolTipText(tip);
      c.gridx = 0;
      c.weightx = 0;
      c.fill = GridBagConstraints.NONE;
      add(label, c);
      c.gridx = 1;
      c.weightx = 1;
      c.fill = GridBagConstraints.HORIZONTAL;
      add(
          field instanceof JTextField text && AttributePicker.LISTS.contains(p.name())
              ? AttributePicker.wrap(text, attributes)
              : field,
          c);
      fields.put(p.name(), field);
      c.gridy++;
    }
    if (this.parameters.isEmpty()) {
      add(new JLabel("no settings"), c);
    }
  }

  private static JComponent field(Parameter p) {
    return switch (p.type()) {
      case FLAG -> new JCheckBox("", false);
      case CHOICE -> {
        JComboBox<String> box = new JComboBox<>(p.choices().toArray(String[]::new));
        box.setSelectedItem(p.defaultValue());
        yield box;
      }
      default -> new JTextField(p.hasDefault() ? p.defaultValue() : "", 8);
    };
  }

  /** The text of a text field, or null when the form has no such one. */
  String text(String name) {
    return fields.get(name) instanceof JTextField field ? field.getText() : null;
  }

  /** Sets the text of a text field, if the form has it. */
  void set(String name, String text) {
    if (fields.get(name) instanceof JTextField field) {
      field.setText(text);
    }
  }

  /**
   * The settings the user changed from their defaults, by parameter name, as text; what {@link
   * org.glasswing.core.methods.MethodSpec#values} checks.
   *
   * @return the changed settings
   */
  Map<String, String> changed() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      JComponent field = fields.get(p.name());
      String text = "";
      if (field instanceof JCheckBox box) {
        text = box.isSelected() ? "true" : "";
      } else if (field instanceof JComboBox<?> box) {
        text = String.valueOf(box.getSelectedItem());
      } else if (field instanceof JTextField box) {
        text = box.getText().trim();
      }
      boolean isDefault =
          p.type() == Parameter.Type.FLAG ? text.isEmpty() : text.equals(p.defaultValue());
      if (!isDefault && !(text.isEmpty() && !p.hasDefault())) {
        texts.put(p.name(), text);
      }
    }
    return texts;
  }
}
