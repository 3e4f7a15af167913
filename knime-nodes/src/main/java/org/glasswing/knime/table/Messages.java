package org.glasswing.knime.table;

/**
 * Puts names taken from the data (column names, row keys, class labels) into error messages so that
 * a message stays one readable line whatever the data holds: line breaks and other control
 * characters are escaped, and very long names are cut.
 */
public final class Messages {

  /** The most characters of a name a message shows. */
  static final int MAX_LENGTH = 120;

  private Messages() {}

  /**
   * A name, safe to quote in a one-line message.
   *
   * @param name a column name, row key, label or other value (may be {@code null})
   * @return the text with control characters written as escapes ({@code \n}, {@code \t}, {@code
   *     \u0007}), cut to {@value #MAX_LENGTH} characters followed by "..." if longer
   */
  public static String quoted(Object name) {
    String text = String.valueOf(name);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length() && out.length() < MAX_LENGTH; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.length() < MAX_LENGTH || text.length() <= MAX_LENGTH ? out.toString() : out + "...";
  }
}
