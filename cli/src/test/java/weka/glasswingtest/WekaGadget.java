package weka.glasswingtest;

import java.io.ObjectInputStream;
import java.io.Serializable;

/** A serializable class in a {@code weka.*} package that is on no allow-list. */
public final class WekaGadget implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Whether any instance was ever deserialized. */
  public static volatile boolean ran;

  private void readObject(ObjectInputStream in) throws Exception {
    in.defaultReadObject();
    ran = true;
  }
}
