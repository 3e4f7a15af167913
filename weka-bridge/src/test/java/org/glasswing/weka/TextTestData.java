package org.glasswing.weka;

import java.util.SplittableRandom;

/** A tiny generated corpus for text tests: a review is positive exactly when it says "great". */
public final class TextTestData {

  private static final String[] FILLER = {
    "the", "film", "plot", "was", "and", "actors", "long", "music", "story", "ending"
  };

  private TextTestData() {}

  /**
   * ARFF text of {@code rows} reviews, one string attribute {@code review} and a class {@code
   * sentiment {neg,pos}}; from a fixed seed, every other review holds the word "great".
   */
  public static String reviewsArff(int rows) {
    SplittableRandom random = new SplittableRandom(5);
    StringBuilder arff = new StringBuilder();
    arff.append("@relation reviews\n@attribute review string\n");
    arff.append("@attribute sentiment {neg,pos}\n@data\n");
    for (int r = 0; r < rows; r++) {
      StringBuilder text = new StringBuilder();
      int length = 5 + random.nextInt(4);
      int great = r % 2 == 0 ? random.nextInt(length) : -1;
      for (int w = 0; w < length; w++) {
        text.append(w == 0 ? "" : " ")
            .append(w == great ? "great" : FILLER[random.nextInt(FILLER.length)]);
      }
      arff.append('\'').append(text).append("',").append(great >= 0 ? "pos" : "neg").append('\n');
    }
    return arff.toString();
  }
}
