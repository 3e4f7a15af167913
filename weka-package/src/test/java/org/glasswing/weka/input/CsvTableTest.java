package org.glasswing.weka.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.weka.UserInputException;
import org.junit.jupiter.api.Test;
import weka.core.Instances;

class CsvTableTest {

  @Test
  void detectsTheDelimiterThatSplitsEveryLineAlike() {
    assertThat(CsvTable.parse("a,b\n1,2\n", "x").delimiter()).isEqualTo(',');
    assertThat(CsvTable.parse("a;b;c\n1,5;2;x\n", "x").delimiter()).isEqualTo(';');
    assertThat(CsvTable.parse("a\tb\n\"1,2\"\t3\n", "x").delimiter()).isEqualTo('\t');
  }

  @Test
  void quotedFieldsKeepDelimitersQuotesAndLineBreaks() {
    CsvTable table = CsvTable.parse("a,b\n\"x, \"\"y\"\"\",'it\\'s'\n\"two\nlines\",2\n3,4\n", "x");
    assertThat(table.rows().get(0)).containsExactly("x, \"y\"", "it's");
    assertThat(table.rows().get(1)).containsExactly("two\nlines", "2");
    assertThat(table.lines()).containsExactly(2, 3, 5);
  }

  @Test
  void typesColumnsAsWekasCsvLoaderDoes() {
    CsvTable table = CsvTable.parse("n,c\n1.5,zz\n?,aa\n,zz\n-2e3,?\n", "t.csv");
    Instances data = CsvInstances.build(table, "t.csv", DataReading.DEFAULT);
    assertThat(data.relationName()).isEqualTo("t");
    assertThat(data.attribute(0).isNumeric()).isTrue();
    assertThat(data.attribute(1).value(0)).isEqualTo("zz");
    assertThat(data.attribute(1).value(1)).isEqualTo("aa");
    assertThat(data.instance(1).isMissing(0)).isTrue();
    assertThat(data.instance(2).isMissing(0)).isTrue();
    assertThat(data.instance(3).value(0)).isEqualTo(-2000.0);
  }

  @Test
  void decimalCommasAreNumbersOnlyWithoutCommaDelimiters() {
    List<String> notes = new ArrayList<>();
    DataReading reading = new DataReading(StandardCharsets.UTF_8, notes::add, notes::add);
    Instances semi = CsvInstances.build(CsvTable.parse("x;y\n3,5;a\n4;b\n", "s"), "s", reading);
    assertThat(semi.attribute(0).isNumeric()).isTrue();
    assertThat(semi.instance(0).value(0)).isEqualTo(3.5);
    assertThat(notes).singleElement().asString().contains("decimal commas", "columns x");
    notes.clear();
    Instances mixed = CsvInstances.build(CsvTable.parse("x;y\n3,5;a\n4.5;b\n", "m"), "m", reading);
    assertThat(mixed.attribute(0).isNominal()).isTrue();
    assertThat(notes).singleElement().asString().contains("read as nominal");
    Instances comma =
        CsvInstances.build(CsvTable.parse("x,y\n\"3,5\",a\n4,b\n", "c"), "c", reading);
    assertThat(comma.attribute(0).isNominal()).isTrue();
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedAndInvalidBytesNamed() {
    List<String> notes = new ArrayList<>();
    DataReading reading = new DataReading(StandardCharsets.UTF_8, notes::add, notes::add);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b'};
    assertThat(TextDecoder.decode(bom, "f.csv", reading)).isEqualTo("a,b");
    assertThat(notes)
        .containsExactly(
            "glasswing: note: removed the UTF-8 byte-order mark at the start of f.csv");
    byte[] latin = {'a', '\n', 'b', '\r', '\n', (byte) 0xE9};
    assertThatThrownBy(() -> TextDecoder.decode(latin, "f.csv", reading))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "f.csv line 3 is not valid UTF-8 (byte 0xE9); if the file is Latin-1, add --encoding"
                + " ISO-8859-1");
    DataReading latin1 = new DataReading(StandardCharsets.ISO_8859_1, notes::add, notes::add);
    assertThat(TextDecoder.decode(latin, "f.csv", latin1)).endsWith("\u00e9");
  }
}
