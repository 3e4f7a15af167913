package org.glasswing.core.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.explain.Explanation;

/**
 * Writes local explanations as CSV, one line per (row, target, feature), under the header {@value
 * #HEADER}. {@code row} is the row's number in the user's data (1-based, as Weka counts), {@code
 * value} the feature's value as Weka prints it ({@code ?} when missing), and {@code std_error} is
 * empty for exact methods.
 *
 * <p>When some explanations carry {@linkplain Explanation#extras() extras} (such as LIME's {@code
 * fidelity} and {@code intercept}), one more column per extra name follows, in the order the names
 * are first met; a line whose explanation lacks that extra leaves it empty. Without extras the
 * header is exactly {@value #HEADER}.
 */
public final class ExplanationCsvWriter {

  /** The header line. */
  public static final String HEADER =
      "row,target,base_value,prediction,feature,value,attribution,std_error";

  private final IntUnaryOperator rowNumber;

  /**
   * Creates a writer.
   *
   * @param rowNumber maps an explanation's row index to the number printed in the {@code row}
   *     column
   */
  public ExplanationCsvWriter(IntUnaryOperator rowNumber) {
    this.rowNumber = rowNumber;
  }

  /**
   * Writes the header and every explanation.
   *
   * @param explanations the explanations, in the order to print
   * @param out where to write; not closed
   */
  public void write(List<Explanation> explanations, Writer out) {
    try {
      Set<String> names = new LinkedHashSet<>();
      for (Explanation explanation : explanations) {
        names.addAll(explanation.extras().keySet());
      }
      List<String> extras = new ArrayList<>(names);
      out.write(HEADER);
      for (String name : extras) {
        out.write(',');
        out.write(Csv.field(name));
      }
      out.write('\n');
      for (Explanation explanation : explanations) {
        writeOne(explanation, extras, out);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeOne(Explanation e, List<String> extras, Writer out) throws IOException {
    Optional<double[]> errors = e.standardErrors();
    String prefix =
        rowNumber.applyAsInt(e.row())
            + ","
            + Csv.field(e.target())
            + ","
            + Csv.number(e.baseValue())
            + ","
            + Csv.number(e.prediction())
            + ",";
    StringBuilder suffix = new StringBuilder();
    for (String name : extras) {
      Double value = e.extras().get(name);
      suffix.append(',').append(value == null ? "" : Csv.number(value));
    }
    for (int f = 0; f < e.size(); f++) {
      out.write(prefix);
      out.write(Csv.field(e.features().get(f).name()));
      out.write(',');
      out.write(Csv.field(e.formattedValue(f)));
      out.write(',');
      out.write(Csv.number(e.attribution(f)));
      out.write(',');
      out.write(errors.isPresent() ? Csv.number(errors.get()[f]) : "");
      out.write(suffix.toString());
      out.write('\n');
    }
  }
}
