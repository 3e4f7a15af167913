package org.glasswing.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import org.junit.jupiter.api.Test;

class CheckedPrintWriterTest {

  /** A writer on a full disk: takes 4 characters, then fails. */
  private static final class FullDisk extends Writer {
    private int room = 4;

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      if (length > room) {
        throw new IOException("No space left on device");
      }
      room -= length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  void keepsTheFirstErrorThatAPrintWriterSwallows() {
    CheckedPrintWriter out = new CheckedPrintWriter(new FullDisk());

    out.println("a row that does not fit");
    out.println("another");

    assertThat(out.failure())
        .hasValueSatisfying(e -> assertThat(e).hasMessage("No space left on device"));
    assertThatThrownBy(out::check).hasMessage("No space left on device");
  }

  @Test
  void reportsNothingWhenEveryWriteWentThrough() throws IOException {
    StringWriter text = new StringWriter();
    CheckedPrintWriter out = new CheckedPrintWriter(text);

    out.print("a,b");
    out.check();

    assertThat(out.failure()).isEmpty();
    assertThat(text).hasToString("a,b");
  }
}
