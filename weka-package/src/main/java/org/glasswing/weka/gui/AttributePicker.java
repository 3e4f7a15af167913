package org.glasswing.weka.gui;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import org.glasswing.core.fairness.ProtectedAttribute;

/**
 * A text field of comma-separated attribute names (the catalogue's {@code freeze} and {@code
 * protected}) with a "..." button that lets the analyst tick the attributes in a list instead of
 * typing them. Cut points typed for a numeric protected attribute ({@code age:25,60}) are kept.
 */
final class AttributePicker {

  /** The catalogue parameters whose value is a list of attribute names. */
  static final Set<String> LISTS = Set.of("freeze", "protected");

  private AttributePicker() {}

  /**
   * The field with its button.
   *
   * @param field the parameter's text field
   * @param attributes the data's attribute names (the class left out), asked when pressed
   * @return the row
   */
  static JPanel wrap(JTextField field, Supplier<List<String>> attributes) {
    JButton pick = new JButton("...");
    pick.setName(field.getName() + ".pick");
    pick.setToolTipText("Choose the attributes from a list");
    pick.addActionListener(
        e -> {
          List<String> names = attributes.get();
          if (names.isEmpty()) {
            return;
          }
          JList<String> list = new JList<>(names.toArray(String[]::new));
          list.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
          List<String> chosen = names(field.getText());
          List<Integer> selected = new ArrayList<>();
          for (int i = 0; i < names.size(); i++) {
            if (chosen.contains(names.get(i))) {
              selected.add(i);
            }
          }
          list.setSelectedIndices(selected.stream().mapToInt(Integer::intValue).toArray());
          int answer =
              JOptionPane.showConfirmDialog(
                  field,
                  new JScrollPane(list),
                  "Choose the attributes",
                  JOptionPane.OK_CANCEL_OPTION,
                  JOptionPane.PLAIN_MESSAGE);
          if (answer == JOptionPane.OK_OPTION) {
            field.setText(merge(field.getText(), list.getSelectedValuesList()));
          }
        });
    JPanel row = new JPanel(new BorderLayout(2, 0));
    row.add(field, BorderLayout.CENTER);
    row.add(pick, BorderLayout.EAST);
    return row;
  }

  /** The attribute names of a list, without cut points; empty when it does not parse. */
  static List<String> names(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return ProtectedAttribute.parseList(text).stream().map(ProtectedAttribute::name).toList();
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }

  /**
   * The chosen names in the list's order, each with the cut points it had in the old text.
   *
   * @param old the text before
   * @param chosen the names ticked
   * @return the new text
   */
  static String merge(String old, List<String> chosen) {
    Set<String> parts = new LinkedHashSet<>();
    List<ProtectedAttribute> before;
    try {
      before = old == null || old.isBlank() ? List.of() : ProtectedAttribute.parseList(old);
    } catch (IllegalArgumentException e) {
      before = List.of();
    }
    for (String name : chosen) {
      String part = name;
      for (ProtectedAttribute a : before) {
        if (a.name().equals(name) && !a.cuts().isEmpty()) {
          part = a.toString();
        }
      }
      parts.add(part);
    }
    return String.join(",", parts);
  }
}
