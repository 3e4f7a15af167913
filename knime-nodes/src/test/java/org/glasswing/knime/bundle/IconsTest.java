package org.glasswing.knime.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Every icon the bundle ships is a 16x16 PNG with a glyph on its tile (several colours, not a
 * one-colour placeholder), the committed files are {@link Icons}' drawings, and the node kinds'
 * glyphs differ.
 */
class IconsTest {

  private static List<Path> shipped() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
      return Stream.concat(
              files.filter(f -> f.toString().endsWith(".png")).toList().stream(),
              Stream.of(Path.of("icons/glasswing.png")))
          .toList();
    }
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y));
      }
    }
    return colours;
  }

  @Test
  void everyIconIsASixteenPixelDrawingOfTheGenerator() throws IOException {
    List<Path> icons = shipped();
    assertThat(icons).hasSizeGreaterThan(15);
    Set<String> drawn = Icons.all().keySet();
    for (Path icon : icons) {
      BufferedImage image = ImageIO.read(icon.toFile());
      assertThat(image).as("%s", icon).isNotNull();
      assertThat(image.getWidth()).as("%s", icon).isEqualTo(16);
      assertThat(image.getHeight()).as("%s", icon).isEqualTo(16);
      assertThat(colours(image)).as("colours of %s", icon).hasSizeGreaterThanOrEqualTo(3);
      assertThat(drawn).as("generator draws %s", icon).contains(icon.toString());
    }
  }

  @Test
  void theGlyphsOfDifferentNodesDiffer() {
    Set<String> pictures = new HashSet<>();
    for (var e : Icons.all().entrySet()) {
      BufferedImage image = e.getValue();
      int[] pixels = image.getRGB(0, 0, 16, 16, null, 0, 16);
      pictures.add(java.util.Arrays.toString(pixels));
    }
    // the loop start/end pairs share their two glyphs; every other icon is its own
    assertThat(pictures).hasSize(Icons.all().size() - 8);
  }
}
