package org.glasswing.weka.serial;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import java.util.Set;
import weka.core.SerializationHelper;

/**
 * Serialises objects, reads them back through a filter that allows everything, and records every
 * class the filter was asked about: the classes a saved model of them is made of.
 */
final class SerialClassRecorder {

  private SerialClassRecorder() {}

  /**
   * Records the classes of a stream holding the objects.
   *
   * @param into receives the class names (array element types; no primitives)
   * @param objects what a saved model holds, in order
   * @return the deepest nesting of objects and of hash-based collections seen
   * @throws IOException if serialising fails
   * @throws ClassNotFoundException if reading back fails
   */
  static Shape record(Set<String> into, Object... objects)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      for (Object o : objects) {
        out.writeObject(o);
      }
    }
    long[] deepest = new long[2];
    java.util.Deque<Long> hashes = new java.util.ArrayDeque<>();
    try (ObjectInputStream in =
        SerializationHelper.getObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      in.setObjectInputFilter(
          info -> {
            Class<?> type = info.serialClass();
            deepest[0] = Math.max(deepest[0], info.depth());
            while (!hashes.isEmpty() && hashes.peek() >= info.depth()) {
              hashes.pop();
            }
            if (type == Map.Entry[].class) {
              hashes.push(info.depth());
              deepest[1] = Math.max(deepest[1], hashes.size());
            }
            if (type != null && type != Map.Entry[].class) {
              while (type.isArray()) {
                type = type.getComponentType();
              }
              if (!type.isPrimitive()) {
                into.add(type.getName());
              }
            }
            return ObjectInputFilter.Status.ALLOWED;
          });
      for (int i = 0; i < objects.length; i++) {
        in.readObject();
      }
    }
    return new Shape(deepest[0], (int) deepest[1]);
  }

  /**
   * How deep a stream nests.
   *
   * @param depth the deepest object
   * @param hashNesting the most hash-based collections inside one another
   */
  record Shape(long depth, int hashNesting) {}
}
