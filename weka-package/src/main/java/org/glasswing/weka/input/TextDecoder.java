package org.glasswing.weka.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.glasswing.weka.UserInputException;

/**
 * Turns a data file's bytes into text: gunzips a {@code .gz} file, removes a byte-order mark (and
 * decodes UTF-16 when the mark says so), and decodes strictly, refusing a byte that is not valid in
 * the character set with a message that names the line and suggests {@code --encoding}.
 */
public final class TextDecoder {

  /** Files larger than this, after gunzipping, are refused rather than read into memory. */
  static final long MAX_BYTES = 1L << 30;

  private TextDecoder() {}

  /**
   * Reads and decodes a file.
   *
   * @param file the file; read through GZIP when its name ends in {@code .gz}
   * @param reading the character set and where the note about a byte-order mark goes
   * @return the text, without a byte-order mark
   * @throws UserInputException if the file cannot be read or is not valid in the character set
   */
  public static String read(Path file, DataReading reading) {
    return decode(bytes(file), file.toString(), reading);
  }

  private static byte[] bytes(Path file) {
    boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES, Integer.MAX_VALUE - 8) + 1);
      if (bytes.length > MAX_BYTES) {
        throw new UserInputException(file + " is larger than 1 GiB; Glasswing reads smaller files");
      }
      return bytes;
    } catch (ZipException | java.io.EOFException e) {
      throw new UserInputException(
          file + " is not a complete gzip file (" + e.getMessage() + "); unpack it or fix it", e);
    } catch (IOException e) {
      throw new UserInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Decodes bytes as the text of a data file.
   *
   * @param bytes the file's bytes
   * @param name the file's name, for messages
   * @param reading the character set and where the note about a byte-order mark goes
   * @return the text, without a byte-order mark
   * @throws UserInputException if a byte is not valid in the character set
   */
  public static String decode(byte[] bytes, String name, DataReading reading) {
    Bom bom = Bom.of(bytes);
    java.nio.charset.Charset charset = reading.charset();
    if (bom != Bom.NONE) {
      charset = bom.charset;
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, bom.length, bytes.length - bom.length);
    double perByte = Math.max(1.0, decoder.maxCharsPerByte());
    CharBuffer out =
        CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, bytes.length * perByte + 16));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw invalid(bytes, in.position(), out, name, charset.name(), bom != Bom.NONE);
    }
    if (bom != Bom.NONE) {
      reading.note(
          bom == Bom.UTF_8
              ? "removed the UTF-8 byte-order mark at the start of " + name
              : "reading " + name + " as " + bom.label + ", as its byte-order mark says");
    }
    out.flip();
    return out.toString();
  }

  private static UserInputException invalid(
      byte[] bytes, int at, CharBuffer decoded, String name, String charset, boolean fromBom) {
    int line = 1;
    for (int i = 0; i < decoded.position(); i++) {
      if (decoded.get(i) == '\n') {
        line++;
      }
    }
    String bad =
        at < bytes.length ? String.format(Locale.ROOT, "byte 0x%02X", bytes[at] & 0xff) : "at end";
    String fix;
    if (fromBom) {
      fix = "its byte-order mark says " + charset + " but the bytes are not; re-save the file";
    } else if (charset.equals(StandardCharsets.UTF_8.name())) {
      fix = "if the file is Latin-1, add --encoding ISO-8859-1";
    } else {
      fix = "give the file's real character set with --encoding";
    }
    return new UserInputException(
        name + " line " + line + " is not valid " + charset + " (" + bad + "); " + fix);
  }

  /** The byte-order marks recognised at the start of a file. */
  private enum Bom {
    NONE(0, StandardCharsets.UTF_8, ""),
    UTF_8(3, StandardCharsets.UTF_8, "UTF-8"),
    UTF_16BE(2, StandardCharsets.UTF_16BE, "UTF-16 (big-endian)"),
    UTF_16LE(2, StandardCharsets.UTF_16LE, "UTF-16 (little-endian)");

    private final int length;
    private final java.nio.charset.Charset charset;
    private final String label;

    Bom(int length, java.nio.charset.Charset charset, String label) {
      this.length = length;
      this.charset = charset;
      this.label = label;
    }

    static Bom of(byte[] b) {
      if (b.length >= 3
          && (b[0] & 0xff) == 0xEF
          && (b[1] & 0xff) == 0xBB
          && (b[2] & 0xff) == 0xBF) {
        return UTF_8;
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
        return UTF_16BE;
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
        return UTF_16LE;
      }
      return NONE;
    }
  }
}
