package org.glasswing.report;

import java.util.Objects;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.tree.ReadableTree;

/**
 * One readable tree that imitates the model: how faithful it is on held-out rows, its size, the
 * tree as a diagram (when its structure is known) and as text, and how fidelity grows with depth.
 */
public final class SurrogateSection implements ReportSection {

  private final SurrogateSummary summary;

  /**
   * Creates the section.
   *
   * @param summary the fitted surrogate
   */
  public SurrogateSection(SurrogateSummary summary) {
    this.summary = Objects.requireNonNull(summary, "summary");
  }

  @Override
  public String id() {
    return "surrogate";
  }

  @Override
  public String title() {
    return "One tree that imitates the model";
  }

  @Override
  public String question() {
    return "Can a small decision tree reproduce the model's predictions, and how closely?";
  }

  @Override
  public String bodyHtml() {
    boolean agreement = summary.measure().equals("agreement");
    String fidelity =
        agreement ? Numbers.percent(summary.fidelity()) : Numbers.format(summary.fidelity());
    StringBuilder html = new StringBuilder("<p>");
    html.append(
            agreement
                ? "The tree predicts the same class as the model on "
                : "The tree explains this share of the variation of the model's predictions"
                    + " (R²): ")
        .append(Html.escape(fidelity))
        .append(agreement ? " of " : " on ")
        .append(summary.heldOutRows())
        .append(" held-out rows. It has depth ")
        .append(summary.depth())
        .append(" and ")
        .append(summary.leaves())
        .append(summary.leaves() == 1 ? " leaf" : " leaves")
        .append(". Read it as a summary of the model, not of the data: where fidelity is low,")
        .append(" the model does something the tree cannot show.</p>\n");
    ReadableTree structure = summary.structure();
    if (structure == null) {
      html.append("<pre class=\"tree\">")
          .append(Html.escape(summary.treeText()))
          .append("</pre>\n");
    } else {
      html.append("<figure><div class=\"tree-picture\">")
          .append(TreeDiagram.svg("surrogate-tree", structure))
          .append("</div><figcaption>")
          .append(Html.escape(caption(structure)))
          .append("</figcaption></figure>\n")
          .append("<details><summary>The tree as text</summary>\n<pre class=\"tree\">")
          .append(Html.escape(summary.treeText()))
          .append("</pre></details>\n");
    }
    HtmlTable table =
        new HtmlTable("data surrogate-depth", "Depth limit", "Depth", "Leaves", "Fidelity")
            .numeric(1, 2, 3);
    for (SurrogateSummary.DepthRow row : summary.byDepth()) {
      table.row(
          Integer.toString(row.maxDepth()),
          Integer.toString(row.depth()),
          Integer.toString(row.leaves()),
          agreement ? Numbers.percent(row.fidelity()) : Numbers.format(row.fidelity()));
    }
    html.append("<details><summary>Fidelity by depth</summary>\n")
        .append(table.html())
        .append("<p>Fitted with ")
        .append(Html.escape(summary.learner()))
        .append(" on ")
        .append(summary.fitRows())
        .append(" rows labelled by the model.</p></details>\n");
    return html.toString();
  }

  private String caption(ReadableTree structure) {
    if (structure.tree().nodeCount() == 1) {
      return "The tree is a single leaf: it gives every row the same prediction, so the model's"
          + " predictions follow no rule simple enough for this tree.";
    }
    StringBuilder caption =
        new StringBuilder(
            "Read from the left: each box tests one feature and each line is labelled with the"
                + " condition a row meets to go that way; the row counts are the "
                + summary.fitRows()
                + " rows the tree was fitted on.");
    if (structure.isClassification()) {
      caption.append(
          " A leaf names the class the tree predicts; 'match' is the share of its rows to"
              + " which the model gives that class.");
    }
    if (TreeDiagram.isCut(structure, TreeDiagram.DEFAULT_LEVELS)) {
      caption
          .append(" The tree has depth ")
          .append(structure.tree().maxDepth())
          .append("; the picture stops at depth ")
          .append(TreeDiagram.DEFAULT_LEVELS)
          .append(", where dashed boxes stand for the splits below (see the text).");
    }
    return caption.toString();
  }
}
