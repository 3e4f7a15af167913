package org.glasswing.weka.hardening;

import java.io.ObjectInputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An emulated deserialization gadget: its {@code readObject} notes that it ran, in {@link #ran}
 * and, in a forked JVM, by creating the file named by the system property {@value #MARKER}.
 */
public final class Gadget implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The system property naming the file a run creates. */
  public static final String MARKER = "glasswing.test.gadgetMarker";

  /** Whether any instance was ever deserialized in this JVM. */
  public static volatile boolean ran;

  private void readObject(ObjectInputStream in) throws Exception {
    in.defaultReadObject();
    ran = true;
    String marker = System.getProperty(MARKER);
    if (marker != null) {
      Files.writeString(Path.of(marker), "ran");
    }
  }
}
