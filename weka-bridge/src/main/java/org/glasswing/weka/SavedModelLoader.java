package org.glasswing.weka;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.weka.serial.RejectedModelException;
import org.glasswing.weka.serial.SerialAllowList;
import org.glasswing.weka.serial.UntrustedModels;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Reads a saved Weka model: a Java-serialized {@link Classifier}, usually followed by the header of
 * its training data, as the Explorer and Weka's {@code -d} option write it. A name ending in {@code
 * .gz} is read through GZIP.
 *
 * <p>Java deserialization can run code of any class on the class path, so the file is read with
 * {@link UntrustedModels}: only the classes on the generated {@link SerialAllowList} (every
 * module's {@value SerialAllowList#RESOURCE} plus the user's additions) are created, and the graph
 * is held to the {@link org.glasswing.weka.serial.SerialLimits}. A refused file is named with the
 * class or limit that refused it.
 */
public final class SavedModelLoader {

  private SavedModelLoader() {}

  /**
   * Reads a model file.
   *
   * @param file the {@code .model} (or {@code .model.gz}) file
   * @return the classifier and, if present, its header
   * @throws UserInputException if the file is missing, a folder or unreadable, holds a class
   *     outside the allow-list or exceeds a limit (the class or limit is named), or does not start
   *     with a classifier
   * @throws CancelledException if the thread is interrupted while the model is read
   */
  public static SavedModel load(Path file) {
    if (Files.isDirectory(file)) {
      throw new UserInputException(file + " is a folder, not a model file");
    }
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + file);
    }
    SerialAllowList allowList;
    try {
      allowList = SerialAllowList.load(SavedModelLoader.class.getClassLoader());
    } catch (UncheckedIOException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        InputStream in = isGzip(file) ? new GZIPInputStream(raw) : raw) {
      return UntrustedModels.read(in, allowList, objects -> readModel(objects, file));
    } catch (RejectedModelException e) {
      throw new UserInputException(file + " was not loaded: it holds " + e.getMessage(), e);
    } catch (InvalidObjectException e) {
      throw new UserInputException(file + " was not loaded: " + describe(e), e);
    } catch (NoSuchFileException e) {
      throw new UserInputException("no such file: " + file, e);
    } catch (StackOverflowError e) {
      throw new UserInputException(
          "cannot read the model "
              + file
              + ": its objects nest too deeply for Java's stack (give Java more with -Xss if the"
              + " file is trusted)",
          e);
    } catch (OutOfMemoryError e) {
      throw new UserInputException(
          "cannot read the model "
              + file
              + ": it does not fit in memory (give Java more with -Xmx if the file is trusted)",
          e);
    } catch (InterruptedIOException e) {
      throw new CancelledException();
    } catch (EOFException e) {
      throw new UserInputException(
          "cannot read the model " + file + ": the file is empty or cut short", e);
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      if (e instanceof UserInputException user) {
        throw user;
      }
      throw new UserInputException(
          "cannot read the model " + file + ": " + describe(e) + " (is it a Weka .model file?)", e);
    }
  }

  private static SavedModel readModel(ObjectInputStream objects, Path file)
      throws IOException, ClassNotFoundException {
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
  }

  private static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz");
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : message.strip().lines().findFirst().orElse(message);
  }
}
