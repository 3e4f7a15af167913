package org.glasswing.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import javax.imageio.ImageIO;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.io.HeatmapPng;

/**
 * Where in each image the network looked: one heat-map overlay per image explanation (drawn by
 * {@link HeatmapPng}, embedded in the page as a data URI so the page fetches nothing), captioned
 * with the row, the class, the method and, for Integrated Gradients, the completeness gap.
 */
public final class HeatmapSection implements ReportSection {

  private final List<Explanation> explanations;
  private final ImageShape shape;
  private final IntUnaryOperator rowNumber;

  /**
   * Creates the section.
   *
   * @param explanations image explanations (one attribution per pixel value), in order; at least
   *     one
   * @param shape the image shape
   * @param rowNumber maps an explanation's {@link Explanation#row()} to the row number the user
   *     knows
   * @throws IllegalArgumentException if the list is empty or an explanation does not fit the shape
   */
  public HeatmapSection(
      List<Explanation> explanations, ImageShape shape, IntUnaryOperator rowNumber) {
    this.explanations = List.copyOf(explanations);
    this.shape = Objects.requireNonNull(shape, "shape");
    this.rowNumber = Objects.requireNonNull(rowNumber, "rowNumber");
    if (this.explanations.isEmpty()) {
      throw new IllegalArgumentException("a heat-map section needs an explanation");
    }
    for (Explanation e : this.explanations) {
      shape.requireSize(e.size());
    }
  }

  @Override
  public String id() {
    return "heatmaps";
  }

  @Override
  public String title() {
    return "Where the network looked";
  }

  @Override
  public String question() {
    return "Which pixels of each image moved the network's score for its class?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<p>How to read a picture: the image is shown in grey; red marks pixels that")
        .append(" raised the class's score, blue those that lowered it, the stronger the more")
        .append(" opaque. Each picture is scaled to its own largest value, so compare where the")
        .append(" colour is, not how strong it is between pictures.</p>\n");
    html.append("<div class=\"heatmaps\">\n");
    for (Explanation e : explanations) {
      String caption =
          "row "
              + rowNumber.applyAsInt(e.row())
              + ", "
              + e.target()
              + ", "
              + e.method()
              + (e.extras().containsKey("completeness_gap")
                  ? String.format(
                      Locale.ROOT,
                      ", completeness gap %.2f%%",
                      100 * e.extras().get("completeness_gap"))
                  : "");
      html.append("<figure style=\"display:inline-block;margin:0.5em\"><img alt=\"")
          .append(Html.escape(caption))
          .append("\" width=\"192\" src=\"data:image/png;base64,")
          .append(png(e))
          .append("\"><figcaption>")
          .append(Html.escape(caption))
          .append("</figcaption></figure>\n");
    }
    html.append("</div>\n");
    return html.toString();
  }

  private String png(Explanation e) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      ImageIO.write(HeatmapPng.render(e, shape), "png", bytes);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }
}
