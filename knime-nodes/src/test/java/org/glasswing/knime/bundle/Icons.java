package org.glasswing.knime.bundle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Draws the bundle's 16x16 node icons with Java2D: a rounded tile in the colour of the node's kind
 * (blue loops, green examples, orange uncertainty, purple sanity checks, grey reports) with a white
 * glyph of what the node does. Run {@link #main} from the module directory to rewrite the committed
 * PNG files; {@code IconsTest} checks them.
 */
final class Icons {

  static final Color LOOP = new Color(0x2f6db5);
  static final Color EXAMPLES = new Color(0x2e8b57);
  static final Color UNCERTAINTY = new Color(0xd2691e);
  static final Color SANITY = new Color(0x7b4fa0);
  static final Color REPORT = new Color(0x555f6b);

  private Icons() {}

  /** Every icon, by its path relative to the module directory. */
  static Map<String, BufferedImage> all() {
    Map<String, BufferedImage> icons = new LinkedHashMap<>();
    String res = "src/main/resources/org/glasswing/knime/";
    for (String pkg : new String[] {"shapley", "lime", "faithfulness", "importance", "global"}) {
      icons.put(res + pkg + "/loopstart.png", tile(LOOP, Icons::loopStart));
      icons.put(res + pkg + "/loopend.png", tile(LOOP, Icons::loopEnd));
    }
    icons.put(res + "sanity/randomizer.png", tile(SANITY, Icons::shuffle));
    icons.put(res + "sanity/comparer.png", tile(SANITY, Icons::compare));
    icons.put(res + "uncertainty/learner.png", tile(UNCERTAINTY, Icons::curve));
    icons.put(res + "uncertainty/predictor.png", tile(UNCERTAINTY, Icons::interval));
    icons.put(res + "uncertainty/scorer.png", tile(UNCERTAINTY, Icons::bars));
    icons.put(res + "uncertainty/ood.png", tile(UNCERTAINTY, Icons::outlier));
    icons.put(res + "uncertainty/fairness.png", tile(UNCERTAINTY, Icons::scales));
    icons.put(res + "examples/map.png", tile(EXAMPLES, Icons::scatter));
    icons.put(res + "examples/neighbours.png", tile(EXAMPLES, Icons::neighbours));
    icons.put(res + "examples/prototypes.png", tile(EXAMPLES, Icons::prototypes));
    icons.put(res + "global/surrogate.png", tile(LOOP, Icons::tree));
    icons.put(res + "audit/loopstart.png", tile(REPORT, Icons::loopStart));
    icons.put(res + "audit/audit.png", tile(REPORT, Icons::page));
    icons.put("icons/glasswing.png", tile(new Color(0x1b4f72), Icons::wing));
    return icons;
  }

  private static BufferedImage tile(Color colour, Consumer<Graphics2D> glyph) {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    g.setColor(colour);
    g.fillRoundRect(0, 0, 16, 16, 5, 5);
    g.setColor(colour.darker());
    g.drawRoundRect(0, 0, 15, 15, 5, 5);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(1.5f));
    glyph.accept(g);
    g.dispose();
    return image;
  }

  private static void loopStart(Graphics2D g) {
    g.drawArc(3, 4, 8, 8, 90, 270);
    g.fillPolygon(new int[] {9, 13, 9}, new int[] {2, 4, 7}, 3);
  }

  private static void loopEnd(Graphics2D g) {
    g.drawArc(3, 4, 8, 8, 0, 270);
    g.fillRect(12, 3, 2, 10);
  }

  private static void shuffle(Graphics2D g) {
    g.drawLine(3, 4, 12, 11);
    g.drawLine(3, 11, 12, 4);
    g.fillPolygon(new int[] {10, 13, 13}, new int[] {3, 3, 6}, 3);
    g.fillPolygon(new int[] {10, 13, 13}, new int[] {12, 12, 9}, 3);
  }

  private static void compare(Graphics2D g) {
    g.fillRect(3, 4, 4, 8);
    g.drawRect(9, 4, 4, 8);
  }

  private static void curve(Graphics2D g) {
    g.drawLine(3, 13, 13, 3);
    g.setColor(new Color(255, 255, 255, 170));
    g.drawArc(3, 3, 20, 20, 90, 90);
  }

  private static void interval(Graphics2D g) {
    g.drawLine(8, 3, 8, 13);
    g.drawLine(5, 3, 11, 3);
    g.drawLine(5, 13, 11, 13);
    g.fillOval(6, 6, 5, 5);
  }

  private static void bars(Graphics2D g) {
    g.fillRect(3, 9, 2, 4);
    g.fillRect(7, 6, 2, 7);
    g.fillRect(11, 3, 2, 10);
  }

  /** A balance: a post, a beam and two pans. */
  private static void scales(Graphics2D g) {
    g.fillRect(7, 3, 2, 10);
    g.fillRect(5, 12, 6, 2);
    g.fillRect(2, 4, 12, 1);
    g.fillRect(1, 8, 5, 2);
    g.fillRect(10, 8, 5, 2);
    g.drawLine(2, 5, 2, 7);
    g.drawLine(13, 5, 13, 7);
  }

  private static void outlier(Graphics2D g) {
    g.drawOval(2, 5, 8, 8);
    g.fillOval(11, 2, 4, 4);
  }

  private static void scatter(Graphics2D g) {
    int[][] points = {{3, 10}, {5, 12}, {4, 7}, {9, 4}, {11, 6}, {12, 3}, {8, 11}};
    for (int[] p : points) {
      g.fillRect(p[0], p[1], 2, 2);
    }
  }

  private static void neighbours(Graphics2D g) {
    g.fillOval(6, 6, 4, 4);
    g.drawLine(8, 8, 3, 3);
    g.drawLine(8, 8, 13, 4);
    g.drawLine(8, 8, 4, 13);
  }

  private static void prototypes(Graphics2D g) {
    g.fillPolygon(
        new int[] {8, 10, 14, 11, 12, 8, 4, 5, 2, 6},
        new int[] {2, 6, 6, 9, 14, 11, 14, 9, 6, 6},
        10);
  }

  private static void tree(Graphics2D g) {
    g.fillRect(7, 2, 3, 3);
    g.drawLine(8, 5, 4, 9);
    g.drawLine(8, 5, 12, 9);
    g.fillRect(3, 10, 3, 3);
    g.fillRect(11, 10, 3, 3);
  }

  private static void page(Graphics2D g) {
    g.drawRect(4, 2, 8, 12);
    g.drawLine(6, 6, 10, 6);
    g.drawLine(6, 9, 10, 9);
    g.drawLine(6, 12, 9, 12);
  }

  private static void wing(Graphics2D g) {
    g.drawArc(2, 3, 12, 14, 20, 140);
    g.drawLine(8, 3, 8, 14);
    g.drawLine(4, 8, 12, 8);
  }

  /**
   * Writes every icon.
   *
   * @param args unused
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    for (Map.Entry<String, BufferedImage> e : all().entrySet()) {
      Path file = Path.of(e.getKey());
      Files.createDirectories(file.getParent());
      ImageIO.write(e.getValue(), "png", file.toFile());
    }
  }
}
