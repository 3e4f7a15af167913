package org.glasswing.weka.gui;

import org.glasswing.core.examples.PrototypeSet;
import org.glasswing.report.Numbers;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * The tables of prototypes and criticisms and of influence, as HTML for a label, each with a title
 * that says how to read it.
 */
final class ExampleTables {

  private ExampleTables() {}

  static String prototypesTitle(ExampleAnalyses.Prototypes p) {
    boolean critics = p.sets().stream().anyMatch(s -> !s.criticisms().isEmpty());
    return ChartAreas.twoLines(
        "Which instances typify "
            + (p.sets().size() > 1 ? "each class" : "the data")
            + " (prototypes, MMD-critic)"
            + (critics ? ", and which the prototypes miss (criticisms)" : ""),
        "Read the prototypes as the typical cases the model learnt from; a lower MMD\u00b2 means"
            + " they summarise their group better. Criticisms are real instances unlike every"
            + " prototype (a large witness value): check them for errors or for cases the model"
            + " may get wrong. Tick up 'criticisms' to list some.");
  }

  static String prototypes(ExampleAnalyses.Prototypes p, Instances data) {
    Attribute target = data.classAttribute();
    StringBuilder html = new StringBuilder("<html><table border=1 cellspacing=0 cellpadding=3>");
    html.append("<tr><th>group</th><th>role</th><th>rank</th><th>instance</th><th>label</th>")
        .append("<th>witness</th><th>MMD\u00b2 of the group</th></tr>");
    for (PrototypeSet set : p.sets()) {
      String group = set.group() < 0 ? "all" : ChartAreas.escape(target.value(set.group()));
      for (int i = 0; i < set.prototypes().size(); i++) {
        row(html, group, "prototype", i + 1, set.prototypes().get(i), data, "", set.mmd2());
      }
      for (int i = 0; i < set.criticisms().size(); i++) {
        row(
            html,
            group,
            "criticism",
            i + 1,
            set.criticisms().get(i),
            data,
            Numbers.format(set.witness().get(i)),
            set.mmd2());
      }
    }
    return html.append("</table></html>").toString();
  }

  private static void row(
      StringBuilder html,
      String group,
      String role,
      int rank,
      int row,
      Instances data,
      String witness,
      double mmd2) {
    html.append("<tr><td>")
        .append(group)
        .append("</td><td>")
        .append(role)
        .append("</td><td>")
        .append(rank)
        .append("</td><td>")
        .append(row + 1)
        .append("</td><td>")
        .append(label(data, row))
        .append("</td><td>")
        .append(witness)
        .append("</td><td>")
        .append(Numbers.format(mmd2))
        .append("</td></tr>");
  }

  private static String label(Instances data, int row) {
    return data.instance(row).classIsMissing()
        ? "?"
        : ChartAreas.escape(data.instance(row).stringValue(data.classIndex()));
  }

  static String influenceTitle(ExampleAnalyses.Influence f, Instances data) {
    String label = data.classAttribute().value(f.label());
    return ChartAreas.twoLines(
        "Which training instances shaped the prediction of instance "
            + (f.row() + 1)
            + " ("
            + (f.recorded() ? "its class " : "predicted ")
            + label
            + ") most",
        (f.exact()
                ? "Exact influence of logistic regression (Koh & Liang 2017). "
                : "Approximate influence from models trained on random halves (Feldman & Zhang"
                    + " 2020), with its standard error. ")
            + "Helpful instances raise the probability of "
            + label
            + ": leaving one out would raise the loss by 'change'. Harmful ones lower it;"
            + " a harmful instance with another label may be mislabelled.");
  }

  static String influence(ExampleAnalyses.Influence f, Instances data) {
    StringBuilder html = new StringBuilder("<html><table border=1 cellspacing=0 cellpadding=3>");
    html.append("<tr><th>kind</th><th>rank</th><th>training instance</th><th>label</th>")
        .append("<th>change in loss if left out</th>")
        .append(f.exact() ? "" : "<th>standard error</th>")
        .append("</tr>");
    effects(html, "helpful", f.helpful(), f.exact(), data);
    effects(html, "harmful", f.harmful(), f.exact(), data);
    return html.append("</table></html>").toString();
  }

  private static void effects(
      StringBuilder html,
      String kind,
      java.util.List<ExampleAnalyses.Effect> effects,
      boolean exact,
      Instances data) {
    int rank = 1;
    for (ExampleAnalyses.Effect e : effects) {
      html.append("<tr><td>")
          .append(kind)
          .append("</td><td>")
          .append(rank++)
          .append("</td><td>")
          .append(e.trainRow() + 1)
          .append("</td><td>")
          .append(label(data, e.trainRow()))
          .append("</td><td>")
          .append(Numbers.format(e.change()))
          .append(exact ? "" : "</td><td>" + Numbers.format(e.error()))
          .append("</td></tr>");
    }
  }
}
