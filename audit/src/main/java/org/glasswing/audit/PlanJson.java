package org.glasswing.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict reader of the small JSON a plan file holds: one object whose values are strings,
 * numbers, {@code true}/{@code false} or objects of the same kind. Numbers are kept as their text
 * ({@link Number}), so that a plan's checks see exactly what the file says. Anything else (arrays,
 * {@code null}, a repeated key, text after the object) is refused with a one-line message.
 */
final class PlanJson {

  /**
   * A number as the file writes it.
   *
   * @param text the number's text
   */
  record Number(String text) {}

  private final String text;
  private int at;

  private PlanJson(String text) {
    this.text = text;
  }

  /**
   * Reads one object.
   *
   * @param text the file's text
   * @return the keys in file order, mapped to {@link String}, {@link Number}, {@link Boolean} or a
   *     nested map
   * @throws IllegalArgumentException one line saying what is wrong and where
   */
  static Map<String, Object> parse(String text) {
    PlanJson reader = new PlanJson(text);
    reader.skipSpace();
    Map<String, Object> object = reader.object();
    reader.skipSpace();
    if (reader.at < text.length()) {
      throw reader.error("text after the plan's closing }");
    }
    return object;
  }

  private Map<String, Object> object() {
    expect('{');
    Map<String, Object> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      at++;
      return Collections.unmodifiableMap(members);
    }
    while (true) {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      if (members.containsKey(key)) {
        throw error("the key \"" + key + "\" is given twice");
      }
      members.put(key, value(key));
      skipSpace();
      char next = next();
      if (next == '}') {
        return Collections.unmodifiableMap(members);
      }
      if (next != ',') {
        at--;
        throw error("expected , or } after the value of \"" + key + "\"");
      }
    }
  }

  private Object value(String key) {
    char c = peek();
    if (c == '{') {
      return object();
    }
    if (c == '"') {
      return string();
    }
    if (text.startsWith("true", at)) {
      at += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("false", at)) {
      at += 5;
      return Boolean.FALSE;
    }
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw error("\"" + key + "\" needs a string, a number, true, false or an object");
    }
    return new Number(text.substring(start, at));
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return out.toString();
      }
      if (c == '\\') {
        char escaped = next();
        switch (escaped) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> out.append(unicode());
          case '"', '\\', '/' -> out.append(escaped);
          default -> throw error("unknown escape \\" + escaped);
        }
      } else if (c < 0x20) {
        throw error("a control character inside a string");
      } else {
        out.append(c);
      }
    }
  }

  private char unicode() {
    if (at + 4 > text.length()) {
      throw error("a \\u escape needs four hex digits");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
      at += 4;
      return c;
    } catch (NumberFormatException e) {
      throw error("a \\u escape needs four hex digits");
    }
  }

  private void expect(char c) {
    if (at >= text.length() || text.charAt(at) != c) {
      throw error("expected " + c);
    }
    at++;
  }

  private char peek() {
    if (at >= text.length()) {
      throw error("the plan ends too early");
    }
    return text.charAt(at);
  }

  private char next() {
    char c = peek();
    at++;
    return c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    int line = 1;
    for (int i = 0; i < Math.min(at, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new IllegalArgumentException("line " + line + ": " + what);
  }
}
