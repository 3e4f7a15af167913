package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/** Stub: something rows can be added to. */
public interface RowAppender {
  /**
   * Adds a row.
   *
   * @param row the row
   */
  public void addRowToTable(DataRow row);
}
