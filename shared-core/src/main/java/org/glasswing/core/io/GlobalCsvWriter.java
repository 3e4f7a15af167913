package org.glasswing.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.data.Feature;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.ImportanceScore;
import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.PairProfile;
import org.glasswing.core.global.Profile;

/**
 * Writes the global views as CSV. Importance: {@value #IMPORTANCE_HEADER}, one line per input
 * feature, most important first. Curves: {@value #CURVE_HEADER}, one line per point, where {@code
 * curve} is {@code pdp}, {@code ice}, {@code ale} or {@code pdp2}; {@code value} is the feature's
 * grid value as Weka prints it (a label for a nominal feature), rounded as every number when the
 * {@link Rounding} in effect is not full; {@code feature2} and {@code value2} are filled for {@code
 * pdp2} only; {@code row} is the 1-based row number in the user's data for {@code ice} only; {@code
 * prediction} is the model's mean (pdp, pdp2), the row's (ice) or the centred accumulated effect
 * (ale). Interactions: {@value #INTERACTION_HEADER}.
 */
public final class GlobalCsvWriter {

  /** The header of an importance table. */
  public static final String IMPORTANCE_HEADER = "feature,importance,std,ci_low,ci_high";

  /** The header of a curve table. */
  public static final String CURVE_HEADER =
      "curve,feature,value,feature2,value2,row,output,prediction";

  /** The header of an interaction table. */
  public static final String INTERACTION_HEADER = "feature1,feature2,h2,h";

  private GlobalCsvWriter() {}

  /**
   * Writes an importance table, most important first.
   *
   * @param result the importances
   * @param out where to write; not closed
   */
  public static void importance(ImportanceResult result, Writer out) {
    StringBuilder text = new StringBuilder(IMPORTANCE_HEADER).append('\n');
    for (ImportanceScore s : result.sorted()) {
      text.append(Csv.field(s.feature().name()))
          .append(',')
          .append(Csv.number(s.importance()))
          .append(',')
          .append(Csv.number(s.std()))
          .append(',')
          .append(Csv.number(s.ciLow()))
          .append(',')
          .append(Csv.number(s.ciHigh()))
          .append('\n');
    }
    write(text, out);
  }

  /**
   * Writes the header of a curve table.
   *
   * @param out where to write; not closed
   */
  public static void curveHeader(Writer out) {
    write(new StringBuilder(CURVE_HEADER).append('\n'), out);
  }

  /**
   * Writes the PDP of a profile and, if asked, its ICE curves.
   *
   * @param profile the profile
   * @param withIce whether to write the ICE curves too
   * @param rowNumber maps an ICE curve's index to the row number printed
   * @param out where to write; not closed
   */
  public static void profile(
      Profile profile, boolean withIce, IntUnaryOperator rowNumber, Writer out) {
    StringBuilder text = new StringBuilder();
    double[] grid = profile.grid();
    double[] pdp = profile.pdp();
    for (int g = 0; g < grid.length; g++) {
      point(text, "pdp", profile.feature(), grid[g], "", profile.output(), pdp[g]);
    }
    if (withIce) {
      double[][] ice = profile.ice();
      for (int r = 0; r < ice.length; r++) {
        String row = Integer.toString(rowNumber.applyAsInt(r));
        for (int g = 0; g < grid.length; g++) {
          point(text, "ice", profile.feature(), grid[g], row, profile.output(), ice[r][g]);
        }
      }
    }
    write(text, out);
  }

  /**
   * Writes an ALE curve.
   *
   * @param curve the curve
   * @param out where to write; not closed
   */
  public static void ale(AleCurve curve, Writer out) {
    StringBuilder text = new StringBuilder();
    double[] edges = curve.edges();
    double[] ale = curve.ale();
    for (int k = 0; k < edges.length; k++) {
      point(text, "ale", curve.feature(), edges[k], "", curve.output(), ale[k]);
    }
    write(text, out);
  }

  /**
   * Writes a two-way partial dependence.
   *
   * @param pair the surface
   * @param out where to write; not closed
   */
  public static void pair(PairProfile pair, Writer out) {
    StringBuilder text = new StringBuilder();
    double[] a = pair.firstGrid();
    double[] b = pair.secondGrid();
    double[][] pdp = pair.pdp();
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        text.append("pdp2,")
            .append(Csv.field(pair.first().name()))
            .append(',')
            .append(Csv.field(gridValue(pair.first(), a[i])))
            .append(',')
            .append(Csv.field(pair.second().name()))
            .append(',')
            .append(Csv.field(gridValue(pair.second(), b[j])))
            .append(",,")
            .append(Csv.field(pair.output()))
            .append(',')
            .append(Csv.number(pdp[i][j]))
            .append('\n');
      }
    }
    write(text, out);
  }

  /**
   * Writes the H-statistics of pairs, strongest first.
   *
   * @param interactions the result
   * @param out where to write; not closed
   */
  public static void interactions(Interactions interactions, Writer out) {
    StringBuilder text = new StringBuilder(INTERACTION_HEADER).append('\n');
    List<Interaction> pairs = interactions.pairs();
    for (Interaction pair : pairs) {
      text.append(Csv.field(pair.first().name()))
          .append(',')
          .append(Csv.field(pair.second().name()))
          .append(',')
          .append(Csv.number(pair.h2()))
          .append(',')
          .append(Csv.number(pair.h()))
          .append('\n');
    }
    write(text, out);
  }

  private static void point(
      StringBuilder text,
      String curve,
      Feature feature,
      double value,
      String row,
      String output,
      double prediction) {
    text.append(curve)
        .append(',')
        .append(Csv.field(feature.name()))
        .append(',')
        .append(Csv.field(gridValue(feature, value)))
        .append(",,,")
        .append(row)
        .append(',')
        .append(Csv.field(output))
        .append(',')
        .append(Csv.number(prediction))
        .append('\n');
  }

  private static void write(CharSequence text, Writer out) {
    try {
      out.append(text);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A grid value: as Weka prints it (a label for a nominal feature) at full precision; rounded to
   * the digits in effect otherwise, as every other number.
   */
  private static String gridValue(Feature feature, double value) {
    return feature.isNominal() || Double.isNaN(value) || Rounding.inEffect().isFull()
        ? feature.format(value)
        : Csv.number(value);
  }
}
