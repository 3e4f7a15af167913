package org.glasswing.core.io;

/** The few pieces of JSON text the writers need. */
public final class Json {

  private Json() {}

  /**
   * A JSON string literal.
   *
   * @param text the raw text
   * @return the quoted, escaped literal
   */
  public static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * A JSON number; {@code null} for NaN or an infinity, which JSON cannot hold.
   *
   * @param value the number
   * @return the literal
   */
  public static String number(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "null"
        : Rounding.inEffect().format(value);
  }
}
