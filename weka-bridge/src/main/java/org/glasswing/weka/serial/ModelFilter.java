package org.glasswing.weka.serial;

import java.io.ObjectInputFilter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The filter for one stream of an untrusted model: allows a class only if the {@link
 * SerialAllowList} names it, and rejects the stream once it exceeds a {@link SerialLimits} limit.
 * The first rejection is reported, as one sentence, to the consumer given at creation.
 *
 * <p>Hash-based collections are recognised by the {@code Map.Entry[]} table whose size their {@code
 * readObject} checks with the filter; the filter is called for every object read (with a {@code
 * null} class for one whose class it has seen), in stream order and with the object's depth, so the
 * depths of the hash collections still open form a stack of ancestors.
 */
public final class ModelFilter implements ObjectInputFilter {

  private final SerialAllowList allowList;
  private final Consumer<String> rejections;
  private final Deque<Long> openHashDepths = new ArrayDeque<>();
  private final long byteCap = SerialLimits.streamByteCap();

  /**
   * Creates the filter for one stream.
   *
   * @param allowList the classes allowed
   * @param rejections told, once per rejection, why the stream was rejected
   */
  public ModelFilter(SerialAllowList allowList, Consumer<String> rejections) {
    this.allowList = allowList;
    this.rejections = rejections;
  }

  @Override
  public Status checkInput(FilterInfo info) {
    String limit = exceededLimit(info);
    if (limit != null) {
      return reject(limit);
    }
    Class<?> type = info.serialClass();
    while (!openHashDepths.isEmpty() && openHashDepths.peek() >= info.depth()) {
      openHashDepths.pop();
    }
    if (type == null) {
      return Status.ALLOWED;
    }
    if (type == Map.Entry[].class) {
      openHashDepths.push(info.depth());
      if (openHashDepths.size() > SerialLimits.MAX_HASH_NESTING) {
        return reject(
            "hash-based collections nested more than "
                + SerialLimits.MAX_HASH_NESTING
                + " deep (limit MAX_HASH_NESTING), the shape of a denial-of-service file");
      }
      return Status.ALLOWED;
    }
    if (!allowList.allows(type)) {
      return reject(
          "the class "
              + type.getTypeName()
              + ", which is not on Glasswing's allow-list of model classes; if you trust the file"
              + " and the library it comes from, allow the class with -D"
              + SerialAllowList.ALLOW_PROPERTY
              + "="
              + elementName(type)
              + " or a line in ~/.glasswing/serial-allowlist.txt");
    }
    return Status.ALLOWED;
  }

  private String exceededLimit(FilterInfo info) {
    if (info.depth() > SerialLimits.MAX_DEPTH) {
      return "objects nested more than " + SerialLimits.MAX_DEPTH + " deep (limit MAX_DEPTH)";
    }
    if (info.references() > SerialLimits.MAX_REFERENCES) {
      return "more than " + SerialLimits.MAX_REFERENCES + " objects (limit MAX_REFERENCES)";
    }
    if (info.arrayLength() > SerialLimits.MAX_ARRAY_LENGTH) {
      return "an array of "
          + info.arrayLength()
          + " elements, more than "
          + SerialLimits.MAX_ARRAY_LENGTH
          + " (limit MAX_ARRAY_LENGTH)";
    }
    if (info.streamBytes() > byteCap) {
      return "more than " + byteCap + " bytes (limit MAX_STREAM_BYTES)";
    }
    return null;
  }

  private Status reject(String reason) {
    rejections.accept(reason);
    return Status.REJECTED;
  }

  private static String elementName(Class<?> type) {
    Class<?> element = type;
    while (element.isArray()) {
      element = element.getComponentType();
    }
    return element.getName();
  }
}
