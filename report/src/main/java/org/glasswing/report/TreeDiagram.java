package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.tree.DecisionTree;
import org.glasswing.core.tree.ReadableTree;

/**
 * Draws a decision tree as an SVG diagram, root on the left and one column per level: one box per
 * node (the tested feature and its row count for a split; the predicted class or value, the row
 * count and, when known, how many of those rows carry that class for a leaf), and one elbow line
 * per branch labelled with its condition. Leaves are stacked one per row and each split sits level
 * with the middle of its children, so the drawing grows downwards with the number of leaves, as a
 * page does, and sideways only with the depth. The drawing may shrink to 85% to fit the page (the
 * top four levels then fit the report's column) and no further: wider trees scroll.
 *
 * <p>Trees deeper than the drawn depth are cut: a split at the last drawn level is shown with a
 * dashed border and the number of levels hidden below it.
 */
public final class TreeDiagram {

  /** The deepest level drawn by default: the root is level 0. */
  public static final int DEFAULT_LEVELS = 4;

  private static final int BOX_WIDTH = 130;
  private static final int BOX_HEIGHT = 42;
  private static final int SLOT = BOX_HEIGHT + 14;
  private static final int LEVEL_GAP = 110;
  private static final int ELBOW = 12;
  private static final int MARGIN = 10;
  private static final int LEGEND = 30;
  private static final int MAX_CHARS = 19;
  private static final int MAX_BRANCH_CHARS = 15;
  private static final double MIN_SCALE = 0.85;
  private static final String[] CLASS_FILLS = {
    "#dbeafe", "#fde2e1", "#dcfce7", "#fef3c7", "#ede9fe", "#cffafe", "#fce7f3", "#e5e7eb"
  };
  private static final String[] CLASS_STROKES = {
    "#1f6fb2", "#c0392b", "#2e7d32", "#b7791f", "#6d28d9", "#0e7490", "#be185d", "#57606a"
  };

  private final ReadableTree readable;
  private final DecisionTree tree;
  private final int levels;
  private final List<Placed> placed = new ArrayList<>();
  private int slots;

  /** A drawn node: its index, level, vertical centre and whether its subtree is cut. */
  private record Placed(int node, int level, double y, boolean cut) {}

  private TreeDiagram(ReadableTree readable, int levels) {
    this.readable = readable;
    this.tree = readable.tree();
    this.levels = levels;
  }

  /**
   * Draws a tree, its top {@value #DEFAULT_LEVELS} levels below the root at most.
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param tree the tree
   * @return an {@code <svg>} element
   */
  public static String svg(String id, ReadableTree tree) {
    return svg(id, tree, DEFAULT_LEVELS);
  }

  /**
   * Draws a tree down to a given level.
   *
   * @param id an identifier unique within the page; lower-case letters, digits and hyphens
   * @param tree the tree
   * @param levels the deepest level drawn (the root is level 0), at least 1
   * @return an {@code <svg>} element
   * @throws IllegalArgumentException if {@code levels} is below 1
   */
  public static String svg(String id, ReadableTree tree, int levels) {
    if (levels < 1) {
      throw new IllegalArgumentException("a tree diagram draws at least 1 level, got " + levels);
    }
    TreeDiagram diagram = new TreeDiagram(tree, levels);
    diagram.place(0, 0);
    return diagram.draw(id);
  }

  /**
   * Whether a diagram of this tree would leave levels out.
   *
   * @param tree the tree
   * @param levels the deepest level drawn
   * @return true if the tree is deeper than {@code levels}
   */
  public static boolean isCut(ReadableTree tree, int levels) {
    return tree.tree().maxDepth() > levels;
  }

  /** Places a subtree; returns the vertical centre of its root. */
  private double place(int node, int level) {
    boolean cut = !tree.isLeaf(node) && level == levels;
    double y;
    if (tree.isLeaf(node) || cut) {
      y = MARGIN + LEGEND + SLOT * (slots + 0.5);
      slots++;
    } else {
      double first = Double.NaN;
      double last = Double.NaN;
      int index = placed.size();
      placed.add(null); // keep pre-order: the parent comes before its children
      for (int branch = 0; branch < tree.branches(node); branch++) {
        double child = place(tree.child(node, branch), level + 1);
        if (branch == 0) {
          first = child;
        }
        last = child;
      }
      y = (first + last) / 2;
      placed.set(index, new Placed(node, level, y, false));
      return y;
    }
    placed.add(new Placed(node, level, y, cut));
    return y;
  }

  private static double left(int level) {
    return MARGIN + level * (BOX_WIDTH + LEVEL_GAP);
  }

  private String draw(String id) {
    int drawnLevels = 0;
    for (Placed p : placed) {
      drawnLevels = Math.max(drawnLevels, p.level());
    }
    int width = (int) Math.max(left(drawnLevels) + BOX_WIDTH + MARGIN, 520);
    int height = MARGIN + LEGEND + slots * SLOT + MARGIN;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"chart-")
        .append(id)
        .append("\" class=\"tree-diagram\" style=\"min-width:")
        .append((int) Math.ceil(MIN_SCALE * width))
        .append("px\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">\n");
    svg.append("<title>")
        .append(
            Html.escape(
                "Decision tree with "
                    + tree.nodeCount()
                    + " nodes"
                    + (isCut(readable, levels) ? ", top " + (levels + 1) + " levels drawn" : "")))
        .append("</title>\n");
    legend(svg);
    java.util.Map<Integer, Placed> byNode = new java.util.HashMap<>();
    for (Placed p : placed) {
      byNode.put(p.node(), p);
    }
    for (Placed p : placed) {
      if (tree.isLeaf(p.node()) || p.cut()) {
        continue;
      }
      for (int branch = 0; branch < tree.branches(p.node()); branch++) {
        edge(svg, p, byNode.get(tree.child(p.node(), branch)), branch);
      }
    }
    for (Placed p : placed) {
      box(svg, p);
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private void legend(StringBuilder svg) {
    double x = MARGIN;
    double y = MARGIN + 8;
    if (readable.isClassification()) {
      svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 4).append("\">");
      svg.append("Leaf colour = class the tree predicts:</text>\n");
      x += 232;
      List<String> names = readable.outputNames();
      for (int c = 0; c < names.size(); c++) {
        svg.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y - 6)
            .append("\" width=\"14\" height=\"14\" rx=\"3\" fill=\"")
            .append(fill(c))
            .append("\" stroke=\"")
            .append(stroke(c))
            .append("\"/>");
        String name = shorten(names.get(c), 18);
        svg.append("<text x=\"")
            .append(x + 19)
            .append("\" y=\"")
            .append(y + 4)
            .append("\">")
            .append(Html.escape(name))
            .append("</text>\n");
        x += 30 + 7.2 * name.length();
      }
    } else {
      svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 4).append("\">");
      svg.append("Each leaf shows the value the tree predicts for its rows.</text>\n");
    }
  }

  private void edge(StringBuilder svg, Placed parent, Placed child, int branch) {
    double x0 = left(parent.level()) + BOX_WIDTH;
    double x1 = left(child.level());
    double elbow = x0 + ELBOW;
    svg.append("<path d=\"M")
        .append(fmt(x0))
        .append(',')
        .append(fmt(parent.y()))
        .append(" H")
        .append(fmt(elbow))
        .append(" V")
        .append(fmt(child.y()))
        .append(" H")
        .append(fmt(x1))
        .append("\" fill=\"none\" stroke=\"#8c959f\" stroke-width=\"1.2\"/>\n");
    String condition = readable.condition(parent.node(), branch);
    svg.append("<text class=\"branch\" x=\"")
        .append(fmt(elbow + 5))
        .append("\" y=\"")
        .append(fmt(child.y() - 5))
        .append("\" fill=\"#1f2328\">")
        .append(titled(condition, MAX_BRANCH_CHARS))
        .append("</text>\n");
  }

  private void box(StringBuilder svg, Placed p) {
    int node = p.node();
    double x = left(p.level());
    double y = p.y() - BOX_HEIGHT / 2.0;
    double centre = x + BOX_WIDTH / 2.0;
    boolean leaf = tree.isLeaf(node);
    String fill = "#f6f8fa";
    String stroke = "#57606a";
    String heading;
    String detail;
    String rows = plural(readable.reached(node), "row");
    if (leaf && readable.isClassification()) {
      int c = readable.predictedClass(node);
      fill = fill(c);
      stroke = stroke(c);
      heading = readable.outputNames().get(c);
      double agreeing = readable.agreeing(node);
      double reached = readable.reached(node);
      detail =
          Double.isNaN(agreeing) || reached == 0
              ? rows
              : rows + " · " + Math.round(100 * agreeing / reached) + "% match";
    } else if (leaf) {
      fill = "#eef6ee";
      stroke = "#2e7d32";
      heading = "predicts " + Numbers.format(tree.value(node, 0));
      detail = rows;
    } else {
      heading = readable.columnName(node);
      detail = p.cut() ? rows + " · +" + plural(depthBelow(node), "level") : rows;
    }
    svg.append("<g class=\"")
        .append(leaf ? "leaf" : p.cut() ? "split cut" : "split")
        .append("\"><rect x=\"")
        .append(fmt(x))
        .append("\" y=\"")
        .append(fmt(y))
        .append("\" width=\"")
        .append(BOX_WIDTH)
        .append("\" height=\"")
        .append(BOX_HEIGHT)
        .append("\" rx=\"5\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\" stroke-width=\"1.3\"")
        .append(p.cut() ? " stroke-dasharray=\"5 3\"" : "")
        .append("/>");
    svg.append("<text x=\"")
        .append(fmt(centre))
        .append("\" y=\"")
        .append(fmt(y + 17))
        .append("\" text-anchor=\"middle\" font-weight=\"bold\">")
        .append(titled(heading, MAX_CHARS))
        .append("</text>");
    svg.append("<text x=\"")
        .append(fmt(centre))
        .append("\" y=\"")
        .append(fmt(y + 33))
        .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#57606a\">")
        .append(Html.escape(detail))
        .append("</text></g>\n");
  }

  private static String plural(double count, String noun) {
    return Numbers.count(count) + " " + noun + (count == 1 ? "" : "s");
  }

  /** The number of levels below a node. */
  private int depthBelow(int node) {
    if (tree.isLeaf(node)) {
      return 0;
    }
    int deepest = 0;
    for (int branch = 0; branch < tree.branches(node); branch++) {
      deepest = Math.max(deepest, depthBelow(tree.child(node, branch)));
    }
    return deepest + 1;
  }

  /** Escaped text, shortened to fit with the full text as a tooltip when it does not. */
  private static String titled(String text, int chars) {
    String shown = shorten(text, chars);
    if (shown.equals(text)) {
      return Html.escape(text);
    }
    return "<title>" + Html.escape(text) + "</title>" + Html.escape(shown);
  }

  private static String shorten(String text, int chars) {
    return text.length() <= chars ? text : text.substring(0, chars - 1) + "…";
  }

  private static String fill(int c) {
    return CLASS_FILLS[c % CLASS_FILLS.length];
  }

  private static String stroke(int c) {
    return CLASS_STROKES[c % CLASS_STROKES.length];
  }

  private static String fmt(double v) {
    return v == Math.rint(v)
        ? Long.toString((long) v)
        : String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
