package org.glasswing.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.explain.Explanation;

/**
 * Writes local explanations as a JSON array with one object per (row, target): {@code row}, {@code
 * target}, {@code base_value}, {@code prediction}, {@code method}, {@code settings} and {@code
 * features}, a list of {@code {feature, value, attribution, std_error}}; an explanation's
 * {@linkplain Explanation#extras() extras} (such as LIME's {@code fidelity}) come as more numbers
 * after {@code settings}. Numbers that JSON cannot hold (NaN) are {@code null}.
 */
public final class ExplanationJsonWriter {

  private final IntUnaryOperator rowNumber;

  /**
   * Creates a writer.
   *
   * @param rowNumber maps an explanation's row index to the number printed as {@code row}
   */
  public ExplanationJsonWriter(IntUnaryOperator rowNumber) {
    this.rowNumber = rowNumber;
  }

  /**
   * Writes every explanation as one JSON array.
   *
   * @param explanations the explanations, in the order to print
   * @param out where to write; not closed
   */
  public void write(List<Explanation> explanations, Writer out) {
    try {
      out.write("[\n");
      for (int i = 0; i < explanations.size(); i++) {
        writeOne(explanations.get(i), out);
        out.write(i + 1 < explanations.size() ? ",\n" : "\n");
      }
      out.write("]\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeOne(Explanation e, Writer out) throws IOException {
    StringBuilder json = new StringBuilder();
    json.append("  {\"row\": ").append(rowNumber.applyAsInt(e.row()));
    json.append(", \"target\": ").append(Json.string(e.target()));
    json.append(", \"base_value\": ").append(Json.number(e.baseValue()));
    json.append(", \"prediction\": ").append(Json.number(e.prediction()));
    json.append(", \"method\": ").append(Json.string(e.method()));
    json.append(", \"settings\": {");
    String separator = "";
    for (Map.Entry<String, String> setting : e.settings().entrySet()) {
      json.append(separator).append(Json.string(setting.getKey())).append(": ");
      json.append(Json.string(setting.getValue()));
      separator = ", ";
    }
    json.append('}');
    for (Map.Entry<String, Double> extra : e.extras().entrySet()) {
      json.append(", ").append(Json.string(extra.getKey())).append(": ");
      json.append(Json.number(extra.getValue()));
    }
    json.append(",\n   \"features\": [");
    Optional<double[]> errors = e.standardErrors();
    for (int f = 0; f < e.size(); f++) {
      json.append(f == 0 ? "\n    " : ",\n    ");
      json.append("{\"feature\": ").append(Json.string(e.features().get(f).name()));
      json.append(", \"value\": ").append(Json.string(e.formattedValue(f)));
      json.append(", \"attribution\": ").append(Json.number(e.attribution(f)));
      json.append(", \"std_error\": ");
      json.append(errors.isPresent() ? Json.number(errors.get()[f]) : "null");
      json.append('}');
    }
    json.append("]}");
    out.write(json.toString());
  }
}
