package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.weka.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir Path dir;

  private long entries() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.count();
    }
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path out = Files.writeString(dir.resolve("out.csv"), "old,rows\n");
    PrintWriter stdout = new PrintWriter(new StringWriter());

    assertThatThrownBy(
            () ->
                OutputFiles.write(
                    out,
                    "--output",
                    stdout,
                    w -> {
                      for (int i = 0; i < 10_000; i++) {
                        w.println("a,long,row," + i);
                      }
                      throw new UncheckedIOException(new IOException("No space left on device"));
                    }))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "cannot write "
                + out
                + ": the disk is full (no space left on device); free some space or choose"
                + " another --output");

    assertThat(Files.readString(out)).isEqualTo("old,rows\n");
    assertThat(entries()).isEqualTo(1);
  }

  @Test
  void aCancelledWriteLeavesNoFile() throws IOException {
    Path out = dir.resolve("out.csv");

    assertThatThrownBy(
            () ->
                OutputFiles.write(
                    out,
                    "--output",
                    new PrintWriter(new StringWriter()),
                    w -> {
                      w.println("a,b");
                      throw new CancelledException();
                    }))
        .isInstanceOf(CancelledException.class);

    assertThat(entries()).isZero();
  }

  @Test
  void anInterruptedWriteIsACancellation() throws IOException {
    Path out = dir.resolve("out.csv");
    try {
      assertThatThrownBy(
              () ->
                  OutputFiles.write(
                      out,
                      "--output",
                      new PrintWriter(new StringWriter()),
                      w -> {
                        Thread.currentThread().interrupt();
                        w.print("x".repeat(64 * 1024));
                      }))
          .isInstanceOf(CancelledException.class);
    } finally {
      Thread.interrupted();
    }
    assertThat(entries()).isZero();
  }

  @Test
  void causesAreNamedInPlainWordsWithoutRepeatingThePath() {
    Path file = dir.resolve("out.csv");

    assertThat(WriteErrors.message(file, "--output", new AccessDeniedException(file + "")))
        .isEqualTo(
            "cannot write "
                + file
                + ": permission denied; choose another --output in a folder you can write to");
    assertThat(
            WriteErrors.message(
                file,
                "--output",
                new FileSystemException(file + "", null, "Read-only file system")))
        .endsWith(": the file system is read-only; choose another --output on a writable disk");
    assertThat(WriteErrors.message(file, "--per-row", new IOException("Disk quota exceeded")))
        .contains("disk quota is used up", "choose another --per-row");
    assertThat(
            WriteErrors.message(
                file,
                "--output",
                new FileSystemException(file + "", null, "Operation not permitted")))
        .isEqualTo(
            "cannot write "
                + file
                + ": operation not permitted; check the path, or choose another --output");
    assertThat(WriteErrors.standardOutput(new IOException("Broken pipe")))
        .startsWith("cannot write to standard output: the pipe was closed;");
  }
}
