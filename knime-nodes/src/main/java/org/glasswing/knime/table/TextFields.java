package org.glasswing.knime.table;

/**
 * Escapes text for the one-line, tab-separated fields of the files nodes keep in their internals (a
 * view's data): backslash, tab, line feed and carriage return become {@code \\}, {@code \t}, {@code
 * \n} and {@code \r}, and back.
 */
public final class TextFields {

  private TextFields() {}

  /**
   * Escapes a text.
   *
   * @param s the text
   * @return the field, without tabs or line breaks
   */
  public static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  /**
   * Restores a text escaped by {@link #escape}.
   *
   * @param field the field
   * @return the text
   */
  public static String unescape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char next = field.charAt(++i);
        out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
