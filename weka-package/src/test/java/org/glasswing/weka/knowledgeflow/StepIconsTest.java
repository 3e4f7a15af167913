package org.glasswing.weka.knowledgeflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import weka.knowledgeflow.steps.KFStep;

/**
 * Every Glasswing step has its own icon on the class path at the path its {@link KFStep} names. The
 * icons are drawn here with Java2D; run with {@code -Dglasswing.icons.write=true} to redraw them
 * into {@code src/main/resources}.
 */
class StepIconsTest {

  static final int SIZE = 48;
  static final String DIR = "org/glasswing/weka/knowledgeflow/icons/";

  private record Icon(Class<?> step, Consumer<Graphics2D> glyph) {}

  private static final List<Icon> ICONS =
      List.of(
          new Icon(ExplainerStep.class, StepIconsTest::bars),
          new Icon(SanityCheckStep.class, StepIconsTest::check),
          new Icon(UncertaintyScorerStep.class, StepIconsTest::bell),
          new Icon(AuditReportStep.class, StepIconsTest::page),
          new Icon(CatalogueMethodStep.class, StepIconsTest::tree));

  @Test
  void everyStepHasItsOwnIcon() throws Exception {
    if (Boolean.getBoolean("glasswing.icons.write")) {
      for (Icon icon : ICONS) {
        Path file = Path.of("src/main/resources", iconPath(icon.step()));
        Files.createDirectories(file.getParent());
        ImageIO.write(draw(icon.glyph()), "png", file.toFile());
      }
    }
    for (Icon icon : ICONS) {
      String path = iconPath(icon.step());
      assertThat(path).as(icon.step().getSimpleName()).startsWith(DIR);
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
        assertThat(in).as(path + " on the class path").isNotNull();
        BufferedImage image = ImageIO.read(in);
        assertThat(image.getWidth()).as(path).isEqualTo(SIZE);
        assertThat(image.getHeight()).as(path).isEqualTo(SIZE);
      }
    }
    assertThat(ICONS.stream().map(i -> iconPath(i.step())).distinct()).hasSize(ICONS.size());
  }

  private static String iconPath(Class<?> step) {
    return step.getAnnotation(KFStep.class).iconPath();
  }

  private static BufferedImage draw(Consumer<Graphics2D> glyph) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1f4e79));
    g.fill(new RoundRectangle2D.Double(2, 2, SIZE - 4, SIZE - 4, 12, 12));
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    glyph.accept(g);
    g.dispose();
    return image;
  }

  /** Attribution bars of different lengths. */
  private static void bars(Graphics2D g) {
    int[] lengths = {28, 20, 13, 7};
    for (int i = 0; i < lengths.length; i++) {
      g.fillRect(10, 10 + i * 8, lengths[i], 5);
    }
  }

  /** A check mark. */
  private static void check(Graphics2D g) {
    Path2D mark = new Path2D.Double();
    mark.moveTo(12, 25);
    mark.lineTo(20, 33);
    mark.lineTo(36, 14);
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(mark);
  }

  /** A bell curve with a band under it. */
  private static void bell(Graphics2D g) {
    Path2D curve = new Path2D.Double();
    curve.moveTo(8, 36);
    for (int x = 8; x <= 40; x++) {
      double z = (x - 24) / 6.0;
      curve.lineTo(x, 36 - 24 * Math.exp(-z * z / 2));
    }
    g.draw(curve);
    g.setColor(new Color(255, 255, 255, 110));
    g.fillRect(18, 14, 12, 22);
  }

  /** A page with text lines and a small chart. */
  private static void page(Graphics2D g) {
    g.fillRect(12, 8, 24, 32);
    g.setColor(new Color(0x1f4e79));
    g.setStroke(new BasicStroke(2f));
    for (int y = 14; y <= 20; y += 6) {
      g.drawLine(16, y, 32, y);
    }
    g.fillRect(16, 30, 4, 6);
    g.fillRect(22, 26, 4, 10);
    g.fillRect(28, 28, 4, 8);
  }

  /** A small tree: a root and two leaves. */
  private static void tree(Graphics2D g) {
    g.drawLine(24, 14, 14, 32);
    g.drawLine(24, 14, 34, 32);
    g.fillOval(19, 9, 10, 10);
    g.fillOval(9, 29, 10, 10);
    g.fillOval(29, 29, 10, 10);
  }
}
