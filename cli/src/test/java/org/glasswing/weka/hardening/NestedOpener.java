package org.glasswing.weka.hardening;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import weka.classifiers.rules.ZeroR;

/**
 * A classifier, allowed by the user in the forked-JVM test, whose {@code readObject} deserializes
 * bytes of its own with a new {@link ObjectInputStream}, as Deeplearning4j's model reader did.
 */
public final class NestedOpener extends ZeroR {
  private static final long serialVersionUID = 1L;

  /** The serialized object read on deserialization. */
  byte[] inner;

  private void readObject(ObjectInputStream in) throws Exception {
    in.defaultReadObject();
    try (ObjectInputStream nested = new ObjectInputStream(new ByteArrayInputStream(inner))) {
      nested.readObject();
    }
  }
}
