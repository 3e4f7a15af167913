package org.glasswing.weka;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * Reads a saved Weka model: a Java-serialized {@link Classifier}, usually followed by the header of
 * its training data, as the Explorer and Weka's {@code -d} option write it. A name ending in {@code
 * .gz} is read through GZIP.
 *
 * <p>Java deserialization can run code of any class on the class path, so the stream is read
 * through an {@link ObjectInputFilter} that admits only the classes a Weka model is made of: {@code
 * weka.**}, {@code java.lang.*}, {@code java.util.**}, {@code java.text.*}, {@code java.math.*},
 * {@code no.uib.cipr.**} (matrix library), primitives and arrays of those. Any other class is
 * refused before it is instantiated, and the graph's depth, size and array lengths are limited.
 */
public final class SavedModelLoader {

  /** The classes a saved model may contain; everything else is rejected. */
  static final String ALLOWED =
      "weka.**;java.lang.*;java.util.**;java.text.*;java.math.*;no.uib.cipr.**;"
          + "org.glasswing.deep.DeepNetClassifier;org.glasswing.deep.InputEncoding";

  /** The limits on the object graph. */
  static final String LIMITS = "maxdepth=10000;maxrefs=50000000;maxarray=200000000";

  private static final String LIMIT_EXCEEDED = "";

  private SavedModelLoader() {}

  /**
   * Reads a model file.
   *
   * @param file the {@code .model} (or {@code .model.gz}) file
   * @return the classifier and, if present, its header
   * @throws UserInputException if the file is missing or unreadable, holds a class outside the
   *     allow-list (the class is named), or does not start with a classifier
   */
  public static SavedModel load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + file);
    }
    AtomicReference<String> rejected = new AtomicReference<>();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        InputStream in = isGzip(file) ? new GZIPInputStream(raw) : raw;
        ObjectInputStream objects = SerializationHelper.getObjectInputStream(in)) {
      objects.setObjectInputFilter(filter(rejected));
      Object first = objects.readObject();
      if (!(first instanceof Classifier classifier)) {
        throw new UserInputException(
            file
                + " is not a Weka model: it starts with "
                + (first == null ? "null" : first.getClass().getName())
                + " instead of a classifier");
      }
      Instances header = null;
      try {
        Object second = objects.readObject();
        if (second instanceof Instances instances) {
          header = new Instances(instances, 0);
        }
      } catch (EOFException e) {
        header = null; // the file holds only the classifier
      }
      return new SavedModel(classifier, header);
    } catch (InvalidClassException e) {
      if (LIMIT_EXCEEDED.equals(rejected.get())) {
        throw new UserInputException(
            "cannot read the model "
                + file
                + ": its object graph exceeds the loader's limits ("
                + LIMITS
                + ")",
            e);
      }
      if (rejected.get() != null) {
        throw new UserInputException(
            file
                + " holds the class "
                + rejected.get()
                + ", which a Weka model should not contain; it was not loaded",
            e);
      }
      throw new UserInputException("cannot read the model " + file + ": " + e.getMessage(), e);
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + file, e);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      if (e instanceof UserInputException user) {
        throw user;
      }
      throw new UserInputException(
          "cannot read the model " + file + ": " + describe(e) + " (is it a Weka .model file?)", e);
    }
  }

  private static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }

  private static ObjectInputFilter filter(AtomicReference<String> rejected) {
    ObjectInputFilter limits = ObjectInputFilter.Config.createFilter(LIMITS);
    ObjectInputFilter classes = ObjectInputFilter.Config.createFilter(ALLOWED + ";!*");
    return info -> {
      if (limits.checkInput(info) == ObjectInputFilter.Status.REJECTED) {
        rejected.compareAndSet(null, LIMIT_EXCEEDED);
        return ObjectInputFilter.Status.REJECTED;
      }
      ObjectInputFilter.Status status = classes.checkInput(info);
      if (status == ObjectInputFilter.Status.REJECTED) {
        rejected.compareAndSet(null, info.serialClass().getName());
      }
      return status;
    };
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : message.strip().lines().findFirst().orElse(message);
  }
}
