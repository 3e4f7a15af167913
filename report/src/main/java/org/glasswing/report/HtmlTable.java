package org.glasswing.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds an HTML table whose cells are escaped text; a small helper for sections. */
final class HtmlTable {

  private final String cssClass;
  private final List<String> header;
  private final List<String> rows = new ArrayList<>();
  private final Set<Integer> numeric = new HashSet<>();

  HtmlTable(String cssClass, String... header) {
    this.cssClass = cssClass;
    this.header = List.of(header);
  }

  /** Marks columns as numeric: their cells align right. */
  HtmlTable numeric(int... columns) {
    for (int column : columns) {
      numeric.add(column);
    }
    return this;
  }

  /** Adds a row: the first cell is a row header, the others data; all text is escaped. */
  HtmlTable row(String... cells) {
    StringBuilder row = new StringBuilder("<tr>");
    for (int i = 0; i < cells.length; i++) {
      String tag = i == 0 ? "th scope=\"row\"" : numeric.contains(i) ? "td class=\"num\"" : "td";
      row.append('<').append(tag).append('>');
      row.append(Html.escape(cells[i]));
      row.append("</").append(i == 0 ? "th" : "td").append('>');
    }
    rows.add(row.append("</tr>").toString());
    return this;
  }

  /** Adds a row of ready-made HTML ({@code <tr>...</tr>}), for cells that need attributes. */
  HtmlTable rawRow(String html) {
    rows.add(html);
    return this;
  }

  String html() {
    StringBuilder out = new StringBuilder("<table class=\"").append(cssClass).append("\">");
    if (!header.isEmpty()) {
      out.append("<thead><tr>");
      for (int i = 0; i < header.size(); i++) {
        out.append(numeric.contains(i) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
            .append(Html.escape(header.get(i)))
            .append("</th>");
      }
      out.append("</tr></thead>");
    }
    out.append("<tbody>");
    rows.forEach(out::append);
    return out.append("</tbody></table>\n").toString();
  }
}
