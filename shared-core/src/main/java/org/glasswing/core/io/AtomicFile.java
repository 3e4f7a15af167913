package org.glasswing.core.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or untouched. The content goes to a temporary sibling
 * in the same folder ({@code .NAME.RANDOM.tmp}); only when every byte is written, flushed and
 * forced to the disk does the sibling replace the file, in one atomic move (or, where the file
 * system cannot move atomically, a plain replacing move). When anything fails, or the body throws
 * (a cancellation included), the sibling is deleted and a file already at the destination keeps its
 * old content.
 *
 * <p>A destination that exists but is not a regular file, such as {@code /dev/stdout} or a named
 * pipe, cannot be replaced and is written in place. A symbolic link to a file is followed: the file
 * is replaced and the link kept. An existing file's permissions carry over to its replacement.
 *
 * <p>Errors about the temporary sibling are reported against the destination, so that messages name
 * the file the caller asked for.
 */
public final class AtomicFile {

  /** The longest part of the destination's name kept in the temporary sibling's name. */
  private static final int NAME_PREFIX = 64;

  private static final int ATTEMPTS = 10;

  private AtomicFile() {}

  /** Writes the bytes of a file. */
  @FunctionalInterface
  public interface StreamBody {
    /**
     * Writes the content.
     *
     * @param out where to write; closed by {@link AtomicFile}
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes the text of a file. */
  @FunctionalInterface
  public interface TextBody {
    /**
     * Writes the content.
     *
     * @param out where to write; flushed and closed by {@link AtomicFile}
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes text to a file, replacing it only once all of it is written.
   *
   * @param file the destination
   * @param charset the text's encoding
   * @param body writes the text
   * @throws IOException if the file cannot be written; the destination is then unchanged
   */
  public static void writeText(Path file, Charset charset, TextBody body) throws IOException {
    write(
        file,
        out -> {
          Writer text = new BufferedWriter(new OutputStreamWriter(out, charset));
          body.writeTo(text);
          text.flush();
        });
  }

  /**
   * Writes bytes to a file, replacing it only once all of them are written.
   *
   * @param file the destination
   * @param body writes the bytes
   * @throws IOException if the file cannot be written; the destination is then unchanged
   */
  public static void write(Path file, StreamBody body) throws IOException {
    Path target = destination(file);
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      writeInPlace(target, body);
      return;
    }
    Path temp = null;
    boolean moved = false;
    try {
      FileChannel channel;
      try {
        temp = createSibling(target);
        channel = FileChannel.open(temp, StandardOpenOption.WRITE);
      } catch (FileSystemException e) {
        throw against(e, target);
      }
      try (channel;
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
        body.writeTo(out);
        out.flush();
        channel.force(true);
      }
      keepPermissions(target, temp);
      try {
        move(temp, target);
      } catch (FileSystemException e) {
        throw against(e, target);
      }
      moved = true;
    } finally {
      if (temp != null && !moved) {
        deleteQuietly(temp);
      }
    }
  }

  /** The file to replace: the target of a symbolic link, refusing a folder. */
  private static Path destination(Path file) throws IOException {
    Path target = file;
    if (Files.isSymbolicLink(file) && Files.exists(file)) {
      target = file.toRealPath();
    }
    if (Files.isDirectory(target)) {
      throw new FileSystemException(file.toString(), null, "Is a directory");
    }
    return target;
  }

  private static void writeInPlace(Path target, StreamBody body) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
      body.writeTo(out);
      out.flush();
    }
  }

  private static Path createSibling(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    String name = absolute.getFileName().toString();
    String prefix = "." + name.substring(0, Math.min(name.length(), NAME_PREFIX)) + ".";
    for (int attempt = 1; ; attempt++) {
      Path temp =
          folder.resolve(
              prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      try {
        // The default permissions, as for any new file; not the owner-only ones of a temp file.
        Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (Files.exists(target)) {
      try {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the replacement keeps the default permissions
      }
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // nothing more can be done; the write's own error is the one to report
    }
  }

  /** The same error, naming the destination instead of the temporary sibling. */
  private static FileSystemException against(FileSystemException e, Path target) {
    String file = target.toString();
    String reason = e.getReason();
    FileSystemException renamed;
    if (e instanceof AccessDeniedException) {
      renamed = new AccessDeniedException(file, null, reason);
    } else if (e instanceof NoSuchFileException) {
      renamed = new NoSuchFileException(file, null, reason);
    } else if (e instanceof NotDirectoryException) {
      renamed = new FileSystemException(file, null, "Not a directory");
    } else {
      renamed = new FileSystemException(file, null, reason);
    }
    renamed.initCause(e);
    return renamed;
  }
}
