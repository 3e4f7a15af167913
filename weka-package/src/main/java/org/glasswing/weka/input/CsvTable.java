package org.glasswing.weka.input;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.weka.UserInputException;

/**
 * The cells of a CSV text: a header line of column names and rows of fields, split by a delimiter
 * detected from the first lines (comma, semicolon or tab). A field may be enclosed in double quotes
 * (a doubled quote inside is one quote) or, as Weka writes them, single quotes (with backslash
 * escapes). Blank lines are skipped. Every row must have as many fields as the header.
 *
 * @param names the column names, from the header line
 * @param rows the rows' fields, trimmed unless quoted
 * @param lines the line number each row starts on, 1-based
 * @param delimiter the delimiter used
 */
public record CsvTable(List<String> names, List<List<String>> rows, int[] lines, char delimiter) {

  /** The delimiters tried, in order of preference when several fit. */
  static final char[] CANDIDATES = {',', ';', '\t'};

  /** The number of records looked at to detect the delimiter. */
  static final int SAMPLE = 50;

  /**
   * Splits a CSV text.
   *
   * @param text the decoded text, without a byte-order mark
   * @param name the file's name, for messages
   * @return the table
   * @throws UserInputException for an empty file, a single column, an unclosed quote, a header with
   *     an empty or repeated name, or a row with the wrong number of fields
   */
  public static CsvTable parse(String text, String name) {
    char delimiter = detect(text, name);
    List<Record> records = new Splitter(text, delimiter, name, Integer.MAX_VALUE).records();
    List<String> names = records.get(0).fields;
    checkNames(names, name, delimiter);
    List<List<String>> rows = new ArrayList<>(records.size() - 1);
    int[] lines = new int[records.size() - 1];
    for (int r = 1; r < records.size(); r++) {
      Record record = records.get(r);
      if (record.fields.size() != names.size()) {
        throw new UserInputException(
            name
                + " line "
                + record.line
                + " (data row "
                + r
                + ") has "
                + record.fields.size()
                + " fields but the header has "
                + names.size()
                + "; give every row one "
                + describe(delimiter)
                + " value per column (? for a missing value)");
      }
      rows.add(record.fields);
      lines[r - 1] = record.line;
    }
    return new CsvTable(names, rows, lines, delimiter);
  }

  /**
   * Names a delimiter in words.
   *
   * @param delimiter a comma, semicolon or tab
   * @return such as {@code semicolon-separated}
   */
  public static String describe(char delimiter) {
    return switch (delimiter) {
      case ';' -> "semicolon-separated";
      case '\t' -> "tab-separated";
      default -> "comma-separated";
    };
  }

  private static char detect(String text, String name) {
    char best = 0;
    int bestCount = 1;
    char fallback = 0;
    int fallbackCount = 1;
    for (char candidate : CANDIDATES) {
      List<Record> sample = new Splitter(text, candidate, name, SAMPLE).records();
      int header = sample.get(0).fields.size();
      boolean consistent = sample.stream().allMatch(r -> r.fields.size() == header);
      if (consistent && header > bestCount) {
        best = candidate;
        bestCount = header;
      }
      if (header > fallbackCount) {
        fallback = candidate;
        fallbackCount = header;
      }
    }
    if (best != 0) {
      return best;
    }
    if (fallback != 0) {
      return fallback; // rows disagree: the row-length check names the first bad one
    }
    throw new UserInputException(
        name
            + " has a single column: no comma, semicolon or tab separates its header line; a CSV"
            + " file needs a header line of column names and one line per row");
  }

  private static void checkNames(List<String> names, String name, char delimiter) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).isEmpty()) {
        throw new UserInputException(
            "column "
                + (i + 1)
                + " of "
                + name
                + " has no name in the header line; give every column a name (the file is read as "
                + describe(delimiter)
                + ")");
      }
      int first = names.indexOf(names.get(i));
      if (first != i) {
        throw new UserInputException(
            name
                + " has two columns named '"
                + names.get(i).replaceAll("\\p{Cntrl}", "?")
                + "' (columns "
                + (first + 1)
                + " and "
                + (i + 1)
                + "); rename one");
      }
    }
  }

  /** One record: its fields and the line it starts on. */
  private record Record(List<String> fields, int line) {}

  /** Splits text into records with one delimiter. */
  private static final class Splitter {
    private final String text;
    private final char delimiter;
    private final String name;
    private final int limit;
    private int pos;
    private int line = 1;
    private boolean quotedEmpty;

    Splitter(String text, char delimiter, String name, int limit) {
      this.text = text;
      this.delimiter = delimiter;
      this.name = name;
      this.limit = limit;
    }

    List<Record> records() {
      List<Record> records = new ArrayList<>();
      while (pos < text.length() && records.size() < limit) {
        int start = line;
        List<String> fields = record();
        if (fields.size() > 1 || !fields.get(0).isEmpty() || quotedEmpty) {
          records.add(new Record(fields, start));
        }
      }
      if (records.isEmpty()) {
        throw new UserInputException(name + " is empty; a CSV file needs a header line");
      }
      return records;
    }

    private List<String> record() {
      List<String> fields = new ArrayList<>();
      quotedEmpty = false;
      while (true) {
        fields.add(field());
        if (pos >= text.length()) {
          return fields;
        }
        char c = text.charAt(pos);
        if (c == delimiter) {
          pos++;
          continue;
        }
        endOfLine();
        return fields;
      }
    }

    private void endOfLine() {
      char c = text.charAt(pos++);
      if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
      line++;
    }

    private String field() {
      skipBlanks();
      if (pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'')) {
        String quoted = quoted(text.charAt(pos));
        StringBuilder rest = new StringBuilder();
        while (pos < text.length() && !isEnd(text.charAt(pos))) {
          rest.append(text.charAt(pos++));
        }
        quotedEmpty |= quoted.isEmpty();
        return quoted + rest.toString().strip();
      }
      int start = pos;
      while (pos < text.length() && !isEnd(text.charAt(pos))) {
        pos++;
      }
      return text.substring(start, pos).strip();
    }

    private boolean isEnd(char c) {
      return c == delimiter || c == '\n' || c == '\r';
    }

    private void skipBlanks() {
      while (pos < text.length()
          && text.charAt(pos) != delimiter
          && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
        pos++;
      }
    }

    private String quoted(char quote) {
      int startLine = line;
      pos++;
      StringBuilder value = new StringBuilder();
      while (pos < text.length()) {
        char c = text.charAt(pos++);
        if (c == quote) {
          if (quote == '"' && pos < text.length() && text.charAt(pos) == '"') {
            value.append('"');
            pos++;
            continue;
          }
          return value.toString();
        }
        if (c == '\\' && quote == '\'' && pos < text.length()) {
          value.append(text.charAt(pos++));
          continue;
        }
        if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
          line++;
        }
        value.append(c);
      }
      throw new UserInputException(
          name
              + " line "
              + startLine
              + " opens a quoted field with "
              + quote
              + " that is never closed; close the quote or remove it");
    }
  }
}
