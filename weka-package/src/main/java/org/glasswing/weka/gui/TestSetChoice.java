package org.glasswing.weka.gui;

import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.glasswing.weka.DataLoader;
import org.glasswing.weka.UserInputException;
import weka.core.Instances;
import weka.core.converters.Loader;
import weka.gui.explorer.ClassifierPanel;
import weka.gui.explorer.Explorer;

/**
 * Which instances the Classify tab's model is explained on: a test file the analyst picks, else the
 * Classify tab's supplied test set when its evaluation uses one, else the Preprocess data.
 */
final class TestSetChoice {

  /**
   * The explained instances and where they come from.
   *
   * @param data the instances
   * @param source their origin, for messages
   */
  record Explained(Instances data, String source) {}

  private final JCheckBox use = new JCheckBox("on a test file");
  private final JTextField path = new JTextField(16);
  private final JButton choose = new JButton("Choose...");

  TestSetChoice() {
    use.setName("glasswing.testFile.use");
    path.setName("glasswing.testFile");
    use.setToolTipText(
        "Explain the Classify tab's model on this file's instances (ARFF or CSV with the training"
            + " attributes) instead of the Preprocess data");
    choose.addActionListener(
        e -> {
          JFileChooser chooser = new JFileChooser(path.getText().isBlank() ? null : path.getText());
          if (chooser.showOpenDialog(choose) == JFileChooser.APPROVE_OPTION) {
            path.setText(chooser.getSelectedFile().getAbsolutePath());
            use.setSelected(true);
          }
        });
  }

  /** The row of controls. */
  JPanel component() {
    JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
    row.add(use);
    row.add(path);
    row.add(choose);
    return row;
  }

  void setEnabled(boolean enabled) {
    use.setEnabled(enabled);
    path.setEnabled(enabled);
    choose.setEnabled(enabled);
  }

  /** Chooses a test file, as the dialog does. */
  void choose(Path file) {
    path.setText(file.toString());
    use.setSelected(true);
  }

  /**
   * The instances to explain.
   *
   * @param explorer the Explorer, or {@code null}
   * @param preprocess the Preprocess data
   * @return the test file's instances, the supplied test set, or the Preprocess data
   * @throws IllegalArgumentException naming a file that cannot be read
   */
  Explained explained(Explorer explorer, Instances preprocess) {
    if (use.isSelected()) {
      String file = path.getText().strip();
      if (file.isEmpty()) {
        throw new IllegalArgumentException(
            "'On a test file' is ticked but no file is chosen; press Choose... or untick it");
      }
      return new Explained(load(Path.of(file)), "the test file " + new File(file).getName());
    }
    Instances supplied = supplied(explorer);
    return supplied != null
        ? new Explained(supplied, "the Classify tab's supplied test set")
        : new Explained(preprocess, "the Preprocess data");
  }

  /** Reads a data file, with a one-line error naming the problem. */
  static Instances load(Path file) {
    try {
      return DataLoader.load(file);
    } catch (UserInputException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The Classify tab's supplied test set when "Supplied test set" is chosen there, or null. */
  static Instances supplied(Explorer explorer) {
    if (explorer == null) {
      return null;
    }
    for (Explorer.ExplorerPanel panel : explorer.getPanels()) {
      if (panel instanceof ClassifierPanel classify && classify.isSelectedSeparateTestSet()) {
        Loader loader = classify.getSeparateTestSetLoader();
        if (loader == null) {
          return null;
        }
        try {
          loader.reset();
          return loader.getDataSet();
        } catch (Exception e) {
          throw new IllegalArgumentException(
              "cannot read the Classify tab's supplied test set: " + e.getMessage(), e);
        }
      }
    }
    return null;
  }
}
