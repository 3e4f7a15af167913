package org.glasswing.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.glasswing.core.engine.CancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheTextAndLeavesOnlyTheFile() throws IOException {
    Path file = dir.resolve("out.csv");

    AtomicFile.writeText(file, StandardCharsets.UTF_8, out -> out.write("größe,1\n"));

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("größe,1\n");
    assertThat(names()).containsExactly("out.csv");
  }

  @Test
  void replacesAnExistingFileAndKeepsItsPermissions() throws IOException {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    AtomicFile.write(file, out -> out.write("new".getBytes(StandardCharsets.US_ASCII)));

    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(names()).containsExactly("out.csv");
  }

  @Test
  void aFailingBodyLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFile.writeText(
                    file,
                    StandardCharsets.UTF_8,
                    out -> {
                      out.write("half a row,");
                      out.flush();
                      throw new IOException("No space left on device");
                    }))
        .hasMessage("No space left on device");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(names()).containsExactly("out.csv");
  }

  @Test
  void aCancelledBodyLeavesNoFileBehind() throws IOException {
    Path file = dir.resolve("out.csv");

    assertThatThrownBy(
            () ->
                AtomicFile.writeText(
                    file,
                    StandardCharsets.UTF_8,
                    out -> {
                      out.write("a,b\n");
                      throw new CancelledException();
                    }))
        .isInstanceOf(CancelledException.class);

    assertThat(names()).isEmpty();
  }

  @Test
  void anInterruptedWriteStopsAndLeavesTheOldFile() throws IOException {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "old");

    try {
      assertThatThrownBy(
              () ->
                  AtomicFile.write(
                      file,
                      out -> {
                        Thread.currentThread().interrupt();
                        out.write(new byte[64 * 1024]);
                      }))
          .isInstanceOf(ClosedByInterruptException.class);
    } finally {
      Thread.interrupted();
    }

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(names()).containsExactly("out.csv");
  }

  @Test
  void aMissingFolderIsReportedAgainstTheDestination() {
    Path file = dir.resolve("missing").resolve("out.csv");

    assertThatThrownBy(() -> AtomicFile.write(file, out -> out.write(1)))
        .isInstanceOf(NoSuchFileException.class)
        .satisfies(e -> assertThat(((FileSystemException) e).getFile()).isEqualTo(file + ""));
  }

  @Test
  void aFileInPlaceOfTheFolderIsNotADirectory() throws IOException {
    Path notFolder = Files.writeString(dir.resolve("plain"), "x");
    Path file = notFolder.resolve("out.csv");

    assertThatThrownBy(() -> AtomicFile.write(file, out -> out.write(1)))
        .isInstanceOf(FileSystemException.class)
        .satisfies(
            e -> {
              FileSystemException f = (FileSystemException) e;
              assertThat(f.getFile()).isEqualTo(file.toString());
              assertThat(f.getReason()).isEqualTo("Not a directory");
            });
    assertThat(Files.readString(notFolder)).isEqualTo("x");
  }

  @Test
  void aFolderIsNotReplaced() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("report"));

    assertThatThrownBy(() -> AtomicFile.write(folder, out -> out.write(1)))
        .isInstanceOf(FileSystemException.class)
        .satisfies(
            e -> assertThat(((FileSystemException) e).getReason()).isEqualTo("Is a directory"));
    assertThat(Files.isDirectory(folder)).isTrue();
  }

  @Test
  void aSymbolicLinkIsFollowedAndKept() throws IOException {
    Path real = Files.writeString(dir.resolve("real.csv"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());

    AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.US_ASCII)));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
    assertThat(names()).containsExactly("link.csv", "real.csv");
  }

  @Test
  void aDeviceIsWrittenInPlaceAndAFullOneFails() {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full), "needs Linux's /dev/full");

    assertThatThrownBy(() -> AtomicFile.write(full, out -> out.write(new byte[10])))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("No space left on device");
    assertThat(Files.isRegularFile(full)).isFalse();
  }

  @Test
  void aVeryLongNameStillGetsATemporarySibling() throws IOException {
    Path file = dir.resolve("x".repeat(250));

    AtomicFile.write(file, out -> out.write(1));

    assertThat(names()).containsExactly("x".repeat(250));
  }
}
