package org.glasswing.weka;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Random;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

/** Datasets for tests: the ARFF files inside Weka's jar, and small inline ones. */
public final class TestData {

  private TestData() {}

  /** Iris from Weka's jar, class last. */
  public static Instances iris() {
    return resource("weka/gui/knowledgeflow/templates/iris.arff");
  }

  /** credit-g from Weka's jar, class last. */
  public static Instances creditG() {
    return resource("weka/gui/knowledgeflow/templates/credit-g.arff");
  }

  private static Instances resource(String name) {
    try (InputStream in = TestData.class.getClassLoader().getResourceAsStream(name)) {
      ArffLoader loader = new ArffLoader();
      loader.setSource(in);
      Instances data = loader.getDataSet();
      data.setClassIndex(data.numAttributes() - 1);
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses ARFF text, class last. */
  public static Instances arff(String text) {
    try {
      Instances data = new Instances(new StringReader(text));
      data.setClassIndex(data.numAttributes() - 1);
      return data;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A small made-up dataset: 30 rows, two numeric and one nominal attribute, a nominal class that
   * depends on them, and one missing value.
   */
  public static String smallArff() {
    StringBuilder arff = new StringBuilder();
    arff.append("@relation small\n");
    arff.append("@attribute age numeric\n");
    arff.append("@attribute income numeric\n");
    arff.append("@attribute colour {red,green,blue}\n");
    arff.append("@attribute buys {no,yes}\n");
    arff.append("@data\n");
    String[] colours = {"red", "green", "blue"};
    for (int i = 0; i < 30; i++) {
      int age = 20 + (i * 7) % 45;
      int income = 10 + (i * 13) % 90;
      String colour = colours[i % 3];
      boolean buys = income > 50 || (age > 40 && !"blue".equals(colour));
      arff.append(i == 4 ? "?" : Integer.toString(age))
          .append(',')
          .append(income)
          .append(',')
          .append(colour)
          .append(',')
          .append(buys ? "yes" : "no")
          .append('\n');
    }
    return arff.toString();
  }

  /** Uniform x1 and x2 on [0, 1); x1 alone decides the class (hi when x1 > 0.5); class last. */
  public static Instances oneRelevant(int rows, long seed) {
    Random random = new Random(seed);
    StringBuilder arff =
        new StringBuilder(
            "@relation one\n@attribute x1 numeric\n@attribute x2 numeric\n"
                + "@attribute y {lo,hi}\n@data\n");
    for (int r = 0; r < rows; r++) {
      double x1 = random.nextDouble();
      double x2 = random.nextDouble();
      arff.append(x1).append(',').append(x2).append(',').append(x1 > 0.5 ? "hi" : "lo");
      arff.append('\n');
    }
    return arff(arff.toString());
  }
}
