package org.knime.core.internal;

/** Stub: finds the serializer of a port object or spec class (its lookup is left out). */
public final class SerializerMethodLoader {

  private SerializerMethodLoader() {}

  /**
   * Stub: the common type of port object and spec serializers.
   *
   * @param <T> the serialised type
   */
  public static interface Serializer<T> {}
}
