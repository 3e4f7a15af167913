package org.glasswing.deep.installed;

import weka.gui.GenericObjectEditor;

/**
 * Prints the classes Weka's object choosers offer for a base class, after the class discovery the
 * GUIs run (which loads packages and reads their GenericPropertiesCreator.props).
 */
final class ChooserListing extends GenericObjectEditor {

  private ChooserListing() {}

  /**
   * Prints the chooser's classes for a base class, one a line.
   *
   * @param args the base class, such as {@code weka.classifiers.Classifier}
   */
  public static void main(String[] args) {
    determineClasses();
    String classes = EDITOR_PROPERTIES.getProperty(args[0], "");
    for (String name : classes.split(",")) {
      System.out.println(name.trim());
    }
    System.exit(0);
  }
}
