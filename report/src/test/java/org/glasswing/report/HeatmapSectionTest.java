package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.io.HeatmapPng;
import org.junit.jupiter.api.Test;

class HeatmapSectionTest {

  private static final ImageShape SHAPE = new ImageShape(2, 3, 1);

  private static Explanation explanation(double[] attributions) {
    List<Feature> features = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      features.add(Feature.numeric("p" + i));
    }
    return new Explanation(
            4,
            1,
            "plus",
            Double.NaN,
            0.9,
            features,
            new double[] {0, 0.2, 0.4, 0.6, 0.8, 1},
            attributions,
            null,
            "integrated-gradients",
            Map.of())
        .withExtras(Map.of("completeness_gap", 0.0042));
  }

  @Test
  void theOverlayIsRedWherePositiveBlueWhereNegativeAndGreyElsewhere() {
    BufferedImage image = HeatmapPng.render(explanation(new double[] {0, 2, 0, -1, 0, 0}), SHAPE);
    int scale = 86; // ceil(256 / 3): at least 256 pixels across the longer side
    assertThat(image.getWidth()).isEqualTo(3 * scale);
    int grey = image.getRGB(0, 0) & 0xFFFFFF; // value 0, no attribution: black
    assertThat(grey).isEqualTo(0);
    int red = image.getRGB(scale, 0);
    assertThat((red >> 16) & 0xFF).isGreaterThan(red & 0xFF);
    int blue = image.getRGB(0, scale); // pixel (1, 0): attribution -1
    assertThat(blue & 0xFF).isGreaterThan((blue >> 16) & 0xFF);
  }

  @Test
  void theSectionEmbedsOnePngPerExplanationWithItsCaption() throws Exception {
    HeatmapSection section =
        new HeatmapSection(
            List.of(explanation(new double[] {0, 1, 0, 0, 0, 0})), SHAPE, r -> r + 1);
    String html = section.bodyHtml();
    assertThat(html).contains("row 5, plus, integrated-gradients, completeness gap 0.42%");
    String data = html.substring(html.indexOf("base64,") + 7, html.indexOf("\"><figcaption>"));
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data)));
    assertThat(png.getHeight()).isEqualTo(2 * 86);
    assertThat(html).doesNotContain("http");
    assertThatThrownBy(() -> new HeatmapSection(List.of(), SHAPE, r -> r))
        .hasMessageContaining("needs an explanation");
  }
}
