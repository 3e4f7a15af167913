package org.knime.core.data;

/** Stub: a missing value, with an optional error message. */
public final class MissingCell extends DataCell implements MissingValue {

  private final String error;

  /**
   * Creates a missing cell.
   *
   * @param error why the value is missing, or {@code null}
   */
  public MissingCell(String error) {
    this.error = error;
  }

  /**
   * Why the value is missing.
   *
   * @return the message, or {@code null}
   */
  public String getError() {
    return error;
  }

  @Override
  public boolean isMissing() {
    return true;
  }

  @Override
  public String toString() {
    return "?";
  }

  @Override
  protected boolean equalsDataCell(DataCell dc) {
    return true;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
