package org.glasswing.weka.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Plain words for why something could not be written, and what to do about it: one line of the form
 * {@code cannot write PATH: CAUSE; FIX}, instead of a Java exception's name or a bare path.
 */
final class WriteErrors {

  private WriteErrors() {}

  /**
   * Why a write failed and what to do.
   *
   * @param cause the cause in plain words
   * @param fix what the user can do
   */
  record Reason(String cause, String fix) {}

  /**
   * The one-line message for a file or folder that cannot be written.
   *
   * @param file the file or folder the user named
   * @param option the option that named it, such as {@code --output}
   * @param e the error
   * @return {@code cannot write PATH: CAUSE; FIX}
   */
  static String message(Path file, String option, IOException e) {
    Reason reason = reason(e, file, "choose another " + option);
    return "cannot write " + file + ": " + reason.cause() + "; " + reason.fix();
  }

  /**
   * The one-line message for standard output that cannot be written.
   *
   * @param e the error
   * @return {@code cannot write to standard output: CAUSE; FIX}
   */
  static String standardOutput(IOException e) {
    Reason reason = reason(e, null, "send the output elsewhere, or use --output");
    return "cannot write to standard output: " + reason.cause() + "; " + reason.fix();
  }

  /**
   * Whether the error is the reader of a pipe having gone away.
   *
   * @param e the error
   * @return true for a broken pipe
   */
  static boolean pipeClosed(IOException e) {
    String text = text(e);
    return text.contains("broken pipe")
        || text.contains("pipe is being closed")
        || text.contains("pipe has been ended");
  }

  /**
   * The cause of a write error in plain words.
   *
   * @param e the error
   * @param file the file the user named, or {@code null} for standard output
   * @param elsewhere how to say "write somewhere else", such as {@code choose another --output}
   * @return the cause and the fix
   */
  static Reason reason(IOException e, Path file, String elsewhere) {
    String text = text(e);
    if (e instanceof AccessDeniedException || text.contains("permission denied")) {
      return new Reason("permission denied", elsewhere + " in a folder you can write to");
    }
    if (text.contains("no space left on device")) {
      return new Reason(
          "the disk is full (no space left on device)", "free some space or " + elsewhere);
    }
    if (text.contains("disk quota exceeded")) {
      return new Reason(
          "your disk quota is used up (disk quota exceeded)", "free some space or " + elsewhere);
    }
    if (text.contains("read-only file system")) {
      return new Reason("the file system is read-only", elsewhere + " on a writable disk");
    }
    if (e instanceof NotDirectoryException || text.contains("not a directory")) {
      Path blocking = file == null ? null : fileInTheWay(file);
      return new Reason(
          (blocking == null ? "a part of the path" : blocking.toString())
              + " is a file, not a folder",
          elsewhere + " inside a folder");
    }
    if (text.contains("is a directory")) {
      return new Reason("it is a folder, not a file", "give a file name, or " + elsewhere);
    }
    if (e instanceof NoSuchFileException || text.contains("no such file or directory")) {
      Path missing = file == null ? null : missingFolder(file);
      return missing != null
          ? new Reason(
              "the folder " + missing + " does not exist", "create it first, or " + elsewhere)
          : new Reason(
              "files cannot be created there (no such file or directory)",
              elsewhere + " in an ordinary folder");
    }
    if (text.contains("file name too long")) {
      return new Reason("the name is too long", "use a shorter name, or " + elsewhere);
    }
    if (pipeClosed(e)) {
      return new Reason(
          "the pipe was closed", "keep the reading program running until the output ends");
    }
    if (text.contains("input/output error")) {
      return new Reason("the device reported an input/output error", elsewhere);
    }
    return new Reason(cause(e), "check the path, or " + elsewhere);
  }

  /** The error's own reason, without the path Java puts in front of it. */
  private static String cause(IOException e) {
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "the write failed";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }

  private static String text(IOException e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      String part = t instanceof FileSystemException f ? f.getReason() : t.getMessage();
      if (part != null) {
        all.append(part).append(' ');
      }
    }
    return all.toString().toLowerCase(Locale.ROOT);
  }

  /** The nearest missing folder above the file, or {@code null} when its folder exists. */
  private static Path missingFolder(Path file) {
    Path missing = null;
    for (Path p = file.toAbsolutePath().getParent(); p != null && !Files.exists(p); ) {
      missing = p;
      p = p.getParent();
    }
    return missing == null ? null : relativeLike(file, missing);
  }

  /** The regular file that stands where a folder of the path should be. */
  private static Path fileInTheWay(Path file) {
    for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p)) {
        return relativeLike(file, p);
      }
    }
    return null;
  }

  /** The folder as the user would write it: relative when the user's path was. */
  private static Path relativeLike(Path file, Path folder) {
    if (file.isAbsolute()) {
      return folder;
    }
    Path here = Path.of("").toAbsolutePath();
    return folder.startsWith(here) && !folder.equals(here) ? here.relativize(folder) : folder;
  }
}
