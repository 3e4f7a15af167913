package org.glasswing.weka.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.weka.TestData;

/**
 * The small files the help checks ({@link OptionEffects}) run on: {@code small} is {@link
 * TestData#smallArff()} (30 rows: age, income, colour, class buys), {@code other} the same less its
 * last row, {@code iris} Weka's iris (150 rows, for the commands that calibrate on a share of the
 * rows), {@code irisOther} iris less its first ten rows, and {@code out} the folder every output
 * goes to, {@code noisy} 160 rows of four overlapping classes (moderate class probabilities, for
 * the settings of conformal scores that matter only then).
 *
 * @param small the 30-row data
 * @param other the same less its last row
 * @param reversed the same rows in reverse order (other rows under the same --rows)
 * @param iris iris
 * @param irisOther iris less its first ten rows
 * @param noisy four overlapping classes
 * @param out an empty folder for outputs
 */
record HelpData(
    Path small, Path other, Path reversed, Path iris, Path irisOther, Path noisy, Path out) {

  /**
   * Writes the files into a folder.
   *
   * @param dir the folder, such as a JUnit temporary directory
   * @return the files
   */
  static HelpData in(Path dir) {
    try {
      Path in = Files.createDirectories(dir.resolve("in"));
      Path small = in.resolve("small.arff");
      Files.writeString(small, TestData.smallArff());
      Path other = in.resolve("other.arff");
      List<String> lines = new ArrayList<>(TestData.smallArff().lines().toList());
      lines.remove(lines.size() - 1);
      Files.writeString(other, String.join("\n", lines) + "\n");
      Path reversed = in.resolve("reversed.arff");
      List<String> all = new ArrayList<>(TestData.smallArff().lines().toList());
      int first = all.indexOf("@data") + 1;
      java.util.Collections.reverse(all.subList(first, all.size()));
      Files.writeString(reversed, String.join("\n", all) + "\n");
      Path iris = in.resolve("iris.arff");
      weka.core.Instances instances = TestData.iris();
      Files.writeString(iris, instances.toString());
      Path irisOther = in.resolve("iris-other.arff");
      Files.writeString(irisOther, new weka.core.Instances(instances, 10, 140).toString());
      Path noisy = in.resolve("noisy.arff");
      Files.writeString(noisy, noisyArff());
      return new HelpData(
          small,
          other,
          reversed,
          iris,
          irisOther,
          noisy,
          Files.createDirectories(dir.resolve("out")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** x1 and x2 uniform on [0, 1); the class is the quadrant, relabelled at random for 40%. */
  private static String noisyArff() {
    java.util.Random random = new java.util.Random(7);
    StringBuilder arff =
        new StringBuilder(
            "@relation noisy\n@attribute x1 numeric\n@attribute x2 numeric\n"
                + "@attribute quadrant {a,b,c,d}\n@data\n");
    for (int r = 0; r < 160; r++) {
      double x1 = random.nextDouble();
      double x2 = random.nextDouble();
      int quadrant = (x1 > 0.5 ? 1 : 0) + (x2 > 0.5 ? 2 : 0);
      if (random.nextDouble() < 0.4) {
        quadrant = random.nextInt(4);
      }
      arff.append(x1).append(',').append(x2).append(',').append("abcd".charAt(quadrant));
      arff.append('\n');
    }
    return arff.toString();
  }

  /**
   * A path for an output file in {@link #out}.
   *
   * @param name the file's name
   * @return its path, as text
   */
  String output(String name) {
    return out.resolve(name).toString();
  }
}
