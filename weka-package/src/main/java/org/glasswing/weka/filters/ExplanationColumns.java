package org.glasswing.weka.filters;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.explain.Explanation;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.WekaException;

/**
 * The attributes {@link AddExplanation} adds before the class, the check that data can be
 * explained, and the output instances.
 */
final class ExplanationColumns {

  private ExplanationColumns() {}

  static boolean explainsPredicted(Instances input, String target) {
    return "predicted".equals(target) && input.classAttribute().isNominal();
  }

  static Instances outputFormat(Instances input, String target) {
    int classIndex = input.classIndex();
    List<Attribute> added = newAttributes(input, target);
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a == classIndex) {
        attributes.addAll(added);
      }
      attributes.add((Attribute) input.attribute(a).copy());
    }
    Instances output = new Instances(input.relationName(), attributes, 0);
    output.setClassIndex(classIndex + added.size());
    return output;
  }

  private static List<Attribute> newAttributes(Instances input, String target) {
    List<Attribute> added = new ArrayList<>();
    if (explainsPredicted(input, target)) {
      List<String> labels = new ArrayList<>();
      for (int v = 0; v < input.classAttribute().numValues(); v++) {
        labels.add(input.classAttribute().value(v));
      }
      added.add(new Attribute(AddExplanation.PREFIX + "class", labels));
    }
    added.add(new Attribute(AddExplanation.PREFIX + "base"));
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a != input.classIndex()) {
        added.add(new Attribute(AddExplanation.PREFIX + input.attribute(a).name()));
      }
    }
    return added;
  }

  static void check(Instances input, String target) throws WekaException {
    if (input.classIndex() < 0) {
      throw new WekaException(
          "AddExplanation needs a class attribute, but none is set; set one with -c (such as -c"
              + " last) or in the Explorer's class box");
    }
    Attribute classAttribute = input.classAttribute();
    if (classAttribute.isNominal() && classAttribute.numValues() < 2) {
      throw new WekaException(
          "the class attribute '"
              + classAttribute.name()
              + "' has "
              + (classAttribute.numValues() == 0 ? "no values" : "a single value")
              + "; explaining a prediction needs at least two classes");
    }
    try {
      WekaData.schema(input);
    } catch (UserInputException e) {
      throw new WekaException(e.getMessage());
    }
    if (classAttribute.isNominal() && !"predicted".equals(target)) {
      if (classAttribute.indexOfValue(target) < 0) {
        List<String> labels = new ArrayList<>();
        for (int v = 0; v < classAttribute.numValues(); v++) {
          labels.add(classAttribute.value(v));
        }
        throw new WekaException(
            "-target "
                + target
                + ": no such class; use one of "
                + String.join(", ", labels)
                + " or predicted");
      }
    }
  }

  static Instance output(Instance in, Explanation explanation, Instances format, String target) {
    double[] values = new double[format.numAttributes()];
    int classIndex = in.classIndex();
    int out = 0;
    for (int a = 0; a < in.numAttributes(); a++) {
      if (a == classIndex) {
        if (explainsPredicted(in.dataset(), target)) {
          values[out++] = explanation.targetIndex();
        }
        values[out++] = explanation.baseValue();
        for (int f = 0; f < explanation.size(); f++) {
          values[out++] = explanation.attribution(f);
        }
      }
      values[out++] = in.value(a);
    }
    return new DenseInstance(in.weight(), values);
  }
}
