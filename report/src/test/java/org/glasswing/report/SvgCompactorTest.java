package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgCompactorTest {

  @Test
  void coordinatesKeepOneDecimalAndDropATrailingZero() {
    Random random = new Random(7);
    for (int i = 0; i < 1000; i++) {
      double value = (random.nextDouble() - 0.5) * 2000;
      String written = SvgCompactor.coordinate(value);
      assertThat(Double.parseDouble(written))
          .isCloseTo(value, org.assertj.core.data.Offset.offset(0.0501));
      assertThat(written).doesNotEndWith(".0");
    }
    assertThat(SvgCompactor.coordinate(66.0)).isEqualTo("66");
    assertThat(SvgCompactor.coordinate(-0.04)).isEqualTo("0");
    assertThat(SvgCompactor.coordinate(-12.25)).isEqualTo("-12.2");
  }

  @Test
  void mergesRunsOfOpaqueShapesInOneStyleAndLeavesTranslucentOnesApart() {
    String opaque = "<g style='fill:red' clip-path='url(#c)'><path d='M0,0L1,1Z'/></g>";
    String again = "<g style='fill:red' clip-path='url(#c)'><path d='M2,2L3,3Z'/></g>";
    String other = "<g style='fill:blue' clip-path='url(#c)'><path d='M4,4L5,5Z'/></g>";
    String faint = "<g style='stroke:grey;stroke-opacity:0.27'><path d='M6,6L7,7'/></g>";
    String svg = "<svg>" + opaque + again + opaque + other + faint + faint + "<text>x</text></svg>";

    String merged = SvgCompactor.mergeRuns(svg);

    assertThat(merged)
        .isEqualTo(
            "<svg><g style='fill:red' clip-path='url(#c)'><path d='M0,0L1,1ZM2,2L3,3Z'/></g>"
                + other
                + faint
                + faint
                + "<text>x</text></svg>");
  }

  @Test
  void aScatterOfAThousandPointsStaysSmallAndWellFormed() throws Exception {
    Random random = new Random(3);
    List<SvgCharts.Point> points = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      points.add(
          new SvgCharts.Point(
              random.nextGaussian(), random.nextGaussian(), i % 2 == 0 ? "a" : "b"));
    }
    String svg = SvgCharts.scatter("many", points, "first component", "second component");

    Document document = Xml.parse(svg);
    assertThat(document.getDocumentElement().getAttribute("id")).isEqualTo("chart-many");
    // Each point is one square subpath "M..L..L..L..Z" inside its group's path.
    long subpaths = svg.chars().filter(c -> c == 'M').count();
    assertThat(subpaths).isGreaterThanOrEqualTo(990);
    assertThat(svg.length()).isLessThan(1000 * 100 + 20_000);
  }
}
