package org.glasswing.weka.input;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Objects;
import java.util.function.Consumer;
import org.glasswing.weka.UserInputException;

/**
 * How data files are read: the character set their text is decoded with, and where notes (such as a
 * detected delimiter or a removed byte-order mark) and warnings go.
 *
 * @param charset the character set; bytes invalid in it are refused
 * @param notes receives one-line notes, already prefixed with {@code glasswing: }; may drop them
 * @param warnings receives one-line warnings, already prefixed; should show them
 */
public record DataReading(Charset charset, Consumer<String> notes, Consumer<String> warnings) {

  /** Strict UTF-8, notes and warnings dropped. */
  public static final DataReading DEFAULT =
      new DataReading(StandardCharsets.UTF_8, line -> {}, line -> {});

  /**
   * Checks the parts.
   *
   * @param charset the character set
   * @param notes the notes' sink
   * @param warnings the warnings' sink
   */
  public DataReading {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * Looks a character set up by the name a user gave.
   *
   * @param name such as {@code UTF-8}, {@code ISO-8859-1} or {@code windows-1252}
   * @return the character set
   * @throws UserInputException naming the option when no such character set exists
   */
  public static Charset charset(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UserInputException(
          "--encoding "
              + name
              + ": unknown character set; use a name such as UTF-8, ISO-8859-1 or windows-1252");
    }
  }

  /**
   * Passes on a note.
   *
   * @param message the note, without the {@code glasswing: note: } prefix
   */
  public void note(String message) {
    notes.accept("glasswing: note: " + message);
  }

  /**
   * Passes on a warning.
   *
   * @param message the warning, without the {@code glasswing: warning: } prefix
   */
  public void warn(String message) {
    warnings.accept("glasswing: warning: " + message);
  }
}
