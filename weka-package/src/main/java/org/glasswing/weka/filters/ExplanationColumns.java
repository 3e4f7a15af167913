package org.glasswing.weka.filters;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.occlusion.FeatureGroups;
import org.glasswing.core.occlusion.Occlusion;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;
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

  /**
   * The extras a method's explanations carry, which become columns after the attributions (LIME's
   * fidelity, intercept and local prediction, named as the command line's CSV names them).
   */
  static List<String> extras(String method) {
    return Lime.METHOD.equals(method)
        ? List.of(Lime.FIDELITY, Lime.INTERCEPT, Lime.LOCAL_PREDICTION)
        : List.of();
  }

  /**
   * The names of the attribution columns (without the prefix): one per input attribute, or, for
   * occlusion with groups, one per group and per attribute left alone, as occlusion names them.
   */
  static List<String> attributionNames(Instances input, String method, String groups)
      throws WekaException {
    List<String> names = new ArrayList<>();
    if (Occlusion.METHOD.equals(method) && !groups.isBlank()) {
      try {
        FeatureGroups players = FeatureGroups.parse(groups, WekaData.schema(input));
        for (int p = 0; p < players.size(); p++) {
          names.add(players.name(p));
        }
      } catch (IllegalArgumentException | UserInputException e) {
        throw new WekaException("-groups " + groups + ": " + e.getMessage(), e);
      }
      return names;
    }
    for (int a = 0; a < input.numAttributes(); a++) {
      if (a != input.classIndex()) {
        names.add(input.attribute(a).name());
      }
    }
    return names;
  }

  static Instances outputFormat(
      Instances input, String target, String method, List<String> attributions) {
    int classIndex = input.classIndex();
    List<Attribute> added = newAttributes(input, target, attributions);
    for (String extra : extras(method)) {
      added.add(new Attribute(AddExplanation.PREFIX + extra));
    }
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

  private static List<Attribute> newAttributes(
      Instances input, String target, List<String> attributions) {
    List<Attribute> added = new ArrayList<>();
    if (explainsPredicted(input, target)) {
      List<String> labels = new ArrayList<>();
      for (int v = 0; v < input.classAttribute().numValues(); v++) {
        labels.add(input.classAttribute().value(v));
      }
      added.add(new Attribute(AddExplanation.PREFIX + "class", labels));
    }
    added.add(new Attribute(AddExplanation.PREFIX + "base"));
    for (String name : attributions) {
      added.add(new Attribute(AddExplanation.PREFIX + name));
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

  static Instance output(
      Instance in, Explanation explanation, Instances format, String target, String method) {
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
        for (String extra : extras(method)) {
          Double value = explanation.extras().get(extra);
          values[out++] = value == null ? Utils.missingValue() : value;
        }
      }
      values[out++] = in.value(a);
    }
    return new DenseInstance(in.weight(), values);
  }
}
