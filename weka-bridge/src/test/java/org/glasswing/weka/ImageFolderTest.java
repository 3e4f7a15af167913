package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

class ImageFolderTest {

  @TempDir Path dir;

  private void png(String label, String name, int h, int w, int rgb) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(label));
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        image.setRGB(x, y, y == 1 && x == 2 ? rgb : 0x101010);
      }
    }
    ImageIO.write(image, "png", folder.resolve(name).toFile());
  }

  @Test
  void greyImagesGiveOnePixelAttributePerPixelAndTheFolderIsTheClass() throws Exception {
    png("dog", "b.png", 2, 3, 0x808080);
    png("cat", "z.png", 2, 3, 0xFFFFFF);
    png("cat", "a.png", 2, 3, 0x404040);
    Instances data = DataLoader.load(dir);
    assertThat(data.numAttributes()).isEqualTo(7);
    assertThat(data.attribute(5).name()).isEqualTo("p_1_2");
    assertThat(data.attribute(6).name()).isEqualTo("class");
    assertThat(data.numInstances()).isEqualTo(3);
    // cat/a.png, cat/z.png, dog/b.png
    assertThat(data.instance(0).value(5)).isEqualTo(0x40);
    assertThat(data.instance(1).value(5)).isEqualTo(255);
    assertThat(data.instance(2).stringValue(6)).isEqualTo("dog");
    assertThat(data.instance(2).value(0)).isEqualTo(0x10);
  }

  @Test
  void colourImagesGiveThreeChannelsLast() throws Exception {
    png("red", "1.png", 2, 3, 0xFF0000);
    Instances data = DataLoader.load(dir);
    assertThat(data.numAttributes()).isEqualTo(2 * 3 * 3 + 1);
    assertThat(data.attribute(15).name()).isEqualTo("p_1_2_r");
    assertThat(data.instance(0).value(15)).isEqualTo(255);
    assertThat(data.instance(0).value(16)).isEqualTo(0);
  }

  @Test
  void anEmptyFolderAndImagesOfAnotherSizeAreRefused() throws Exception {
    assertThatThrownBy(() -> DataLoader.load(dir))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("has no PNG images; put them in one subfolder per class");
    png("a", "1.png", 2, 3, 0);
    png("b", "2.png", 3, 3, 0);
    assertThatThrownBy(() -> DataLoader.load(dir))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("2.png is 3x3 (height x width) but")
        .hasMessageContaining("is 2x3; all images must have one size");
  }
}
