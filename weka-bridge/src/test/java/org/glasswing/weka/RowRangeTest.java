package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowRangeTest {

  @Test
  void parsesSpansAndSingleRowsAsSortedZeroBasedIndices() {
    assertThat(RowRange.parse("1-3,15", 20)).containsExactly(0, 1, 2, 14);
    assertThat(RowRange.parse("15,1-3", 20)).containsExactly(0, 1, 2, 14);
    assertThat(RowRange.parse("2-4,3-5", 10)).containsExactly(1, 2, 3, 4);
    assertThat(RowRange.parse(" 7 ", 10)).containsExactly(6);
  }

  @Test
  void understandsFirstAndLast() {
    assertThat(RowRange.parse("first", 5)).containsExactly(0);
    assertThat(RowRange.parse("last", 5)).containsExactly(4);
    assertThat(RowRange.parse("first-last", 4)).containsExactly(0, 1, 2, 3);
    assertThat(RowRange.parse("3-last", 4)).containsExactly(2, 3);
  }

  @Test
  void refusesRowsOutsideTheData() {
    assertThatThrownBy(() -> RowRange.parse("15", 10))
        .isInstanceOf(UserInputException.class)
        .hasMessage("--rows 15 is out of range: the data has 10 rows");
    assertThatThrownBy(() -> RowRange.parse("1-10,5-11", 10))
        .hasMessage("--rows 5-11 is out of range: the data has 10 rows");
    assertThatThrownBy(() -> RowRange.parse("0", 10)).hasMessageContaining("out of range");
    assertThatThrownBy(() -> RowRange.parse("-3", 10)).hasMessageContaining("out of range");
  }

  @Test
  void refusesGarbageAndBackwardSpans() {
    assertThatThrownBy(() -> RowRange.parse("abc", 10))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("'abc' is not a row range");
    assertThatThrownBy(() -> RowRange.parse("1,,2", 10)).hasMessageContaining("not a row range");
    assertThatThrownBy(() -> RowRange.parse("", 10)).hasMessageContaining("empty");
    assertThatThrownBy(() -> RowRange.parse("5-2", 10)).hasMessageContaining("backwards");
  }

  @Test
  void theDefaultIsCutToTheData() {
    assertThat(RowRange.firstRows(10, 3)).containsExactly(0, 1, 2);
    assertThat(RowRange.firstRows(10, 30)).hasSize(10).startsWith(0).endsWith(9);
  }
}
