package org.glasswing.weka.serial;

/**
 * The limits on an untrusted model's object graph. A class allow-list alone lets small files hang
 * the process or exhaust its memory with allowed classes (deeply nested hash sets, one huge array,
 * a gzip file that inflates without end), so every stream read by {@link UntrustedModels} is held
 * to these.
 */
public final class SerialLimits {

  /**
   * The deepest nesting of objects. Weka's trees nest a few levels of objects per tree level; the
   * deepest legitimate tree the allow-list tests grow (an unpruned RandomTree on 6000 generated
   * rows) reaches a few hundred, and Java's own serialisation overflows its stack well below
   * 100,000.
   */
  public static final long MAX_DEPTH = 5_000;

  /** The most objects and back-references in one stream (a large forest holds a few million). */
  public static final long MAX_REFERENCES = 20_000_000;

  /**
   * The longest array: 20 million elements, 160 MB for a {@code double[]}. An array is allocated
   * before its elements are read, so this bounds what a few bytes can make the JVM allocate.
   */
  public static final long MAX_ARRAY_LENGTH = 20_000_000;

  /**
   * The most bytes read from one stream, after gzip decompression: 1 GiB. The system property
   * {@value #MAX_BYTES_PROPERTY} may lower it (never raise it), see {@link #streamByteCap()}.
   */
  public static final long MAX_STREAM_BYTES = 1L << 30;

  /** The system property that lowers {@link #MAX_STREAM_BYTES}, in bytes. */
  public static final String MAX_BYTES_PROPERTY = "glasswing.serial.maxBytes";

  /**
   * The deepest nesting of hash-based collections ({@code HashSet}, {@code HashMap}, {@code
   * Hashtable} and their subclasses) inside one another. Reading a hash set computes its elements'
   * hash codes, and a hash set of nested hash sets does so exponentially often (the "SerialDOS"
   * file of a few kilobytes that never finishes); the models the allow-list is generated from nest
   * at most three, and 2^8 hash computations per element are still instant.
   */
  public static final int MAX_HASH_NESTING = 8;

  private SerialLimits() {}

  /**
   * The byte cap in force: {@link #MAX_STREAM_BYTES}, or the smaller positive value of {@value
   * #MAX_BYTES_PROPERTY}.
   *
   * @return the cap in bytes
   */
  public static long streamByteCap() {
    String value = System.getProperty(MAX_BYTES_PROPERTY, "").strip();
    try {
      long lowered = Long.parseLong(value);
      return lowered > 0 ? Math.min(lowered, MAX_STREAM_BYTES) : MAX_STREAM_BYTES;
    } catch (NumberFormatException e) {
      return MAX_STREAM_BYTES;
    }
  }
}
