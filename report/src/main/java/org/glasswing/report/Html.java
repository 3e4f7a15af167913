package org.glasswing.report;

/** Escaping of text for HTML and XML, so that user text such as {@code <0} prints as written. */
public final class Html {

  private Html() {}

  /**
   * Escapes text for an element's content or a quoted attribute value: {@code & < > " '} become
   * character references.
   *
   * @param text the raw text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
