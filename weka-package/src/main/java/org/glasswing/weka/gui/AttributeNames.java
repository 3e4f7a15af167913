package org.glasswing.weka.gui;

import weka.core.Attribute;
import weka.core.Instances;

/** The attribute lists of the Explain tab's choosers. */
final class AttributeNames {

  private AttributeNames() {}

  /** The names with their type, as Weka's own class choosers show them: {@code (Nom) class}. */
  static String[] typed(Instances data) {
    String[] names = new String[data.numAttributes()];
    for (int a = 0; a < names.length; a++) {
      Attribute attribute = data.attribute(a);
      String type =
          attribute.isNominal() ? "(Nom) " : attribute.isNumeric() ? "(Num) " : "(Other) ";
      names[a] = type + attribute.name();
    }
    return names;
  }

  /** The plain names. */
  static String[] plain(Instances data) {
    String[] names = new String[data.numAttributes()];
    for (int a = 0; a < names.length; a++) {
      names[a] = data.attribute(a).name();
    }
    return names;
  }

  /** The names of every attribute but the class. */
  static java.util.List<String> inputs(Instances data) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex()) {
        names.add(data.attribute(a).name());
      }
    }
    return names;
  }
}
