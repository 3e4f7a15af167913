package org.knime.core.data;

import java.util.Objects;

/** Stub: the identifier of a row. */
public final class RowKey implements RowKeyValue {

  private final String id;

  /**
   * Creates a key.
   *
   * @param id the identifier
   */
  public RowKey(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  /**
   * The identifier.
   *
   * @return the string
   */
  public String getString() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RowKey k && k.id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
