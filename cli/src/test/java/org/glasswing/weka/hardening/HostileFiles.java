package org.glasswing.weka.hardening;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Crafted model files for the hardening tests. */
final class HostileFiles {

  private static final int LEVELS = 60;

  private HostileFiles() {}

  /** The serialized bytes of the objects, in order. */
  static byte[] serialize(Object... objects) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      for (Object o : objects) {
        out.writeObject(o);
      }
    }
    return bytes.toByteArray();
  }

  /** Writes the objects to the file, gzipped if its name ends in .gz. */
  static Path write(Path file, Object... objects) throws Exception {
    byte[] bytes = serialize(objects);
    try (OutputStream out =
        file.toString().endsWith(".gz")
            ? new GZIPOutputStream(Files.newOutputStream(file))
            : Files.newOutputStream(file)) {
      out.write(bytes);
    }
    return file;
  }

  /**
   * The "SerialDOS" set: 60 levels of two hash sets each, built so that reading it back hashes each
   * level's sets about 2^60 times. About 3.5 kilobytes serialized.
   */
  static Set<Object> hashSetBomb() {
    Set<Object> root = new HashSet<>();
    Set<Object> s1 = root;
    Set<Object> s2 = new HashSet<>();
    for (int i = 0; i < LEVELS; i++) {
      Set<Object> t1 = new HashSet<>();
      Set<Object> t2 = new HashSet<>();
      t1.add("foo");
      s1.add(t1);
      s1.add(t2);
      s2.add(t1);
      s2.add(t2);
      s1 = t1;
      s2 = t2;
    }
    return root;
  }

  /** A stream whose only object is a {@code double[]} that claims {@code length} elements. */
  static byte[] hugeDoubleArray(int length) throws Exception {
    byte[] bytes = serialize((Object) new double[] {1.0});
    ByteBuffer.wrap(bytes).putInt(bytes.length - Double.BYTES - Integer.BYTES, length);
    return bytes;
  }

  /**
   * A serialized object with one {@code byte[]} field holding a zip (Deeplearning4j's network)
   * rewritten so that the zip also holds the entry, as ModelSerializer's reader would deserialize.
   */
  static byte[] withZipEntry(byte[] serialized, String entry, byte[] content) throws Exception {
    int start = indexOf(serialized, new byte[] {'P', 'K', 3, 4});
    int length = ByteBuffer.wrap(serialized).getInt(start - Integer.BYTES);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(serialized, start, length))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    entries.put(entry, content);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    result.write(serialized, 0, start - Integer.BYTES);
    result.write(ByteBuffer.allocate(Integer.BYTES).putInt(zip.size()).array());
    result.write(zip.toByteArray());
    result.write(serialized, start + length, serialized.length - start - length);
    return result.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new IllegalArgumentException("no zip inside");
  }
}
