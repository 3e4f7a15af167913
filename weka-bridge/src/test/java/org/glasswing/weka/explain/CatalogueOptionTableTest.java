package org.glasswing.weka.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameters;
import org.glasswing.weka.InvalidOptionException;
import org.junit.jupiter.api.Test;
import weka.core.Option;

class CatalogueOptionTableTest {

  /** A bean with one property of each kind the table converts to. */
  public static final class Bean {
    private double alpha;
    private int seed;
    private boolean mondrian;
    private String score;
    private int neighbours;

    public double getAlpha() {
      return alpha;
    }

    public void setAlpha(double alpha) {
      this.alpha = alpha;
    }

    public int getSeed() {
      return seed;
    }

    public void setSeed(int seed) {
      this.seed = seed;
    }

    public boolean getMondrian() {
      return mondrian;
    }

    public void setMondrian(boolean mondrian) {
      this.mondrian = mondrian;
    }

    public String getScore() {
      return score;
    }

    public void setScore(String score) {
      this.score = score;
    }

    public int getNeighbours() {
      return neighbours;
    }

    public void setNeighbours(int neighbours) {
      this.neighbours = neighbours;
    }
  }

  private static final MethodSpec CONFORMAL =
      MethodCatalogue.standard().find(Family.UNCERTAINTY, "conformal");
  private static final MethodSpec OOD = MethodCatalogue.standard().find(Family.UNCERTAINTY, "ood");

  private static final CatalogueOptionTable TABLE =
      CatalogueOptionTable.empty()
          .with("alpha", CONFORMAL, "alpha")
          .with("seed", CONFORMAL, "seed")
          .with("mondrian", CONFORMAL, "mondrian", "(With -conformal.)")
          .with("score", CONFORMAL, "score")
          .with("neighbours", OOD, "neighbours", "", "K");

  @Test
  void defaultsAreTheCatalogues() {
    assertThat(TABLE.real("alpha"))
        .isEqualTo(Double.parseDouble(CONFORMAL.parameter("alpha").orElseThrow().defaultValue()));
    assertThat(TABLE.integer("seed")).isEqualTo(Integer.parseInt(Parameters.SEED.defaultValue()));
    assertThat(TABLE.choice("score")).isEqualTo("lac");
  }

  @Test
  void anAbsentOptionTakesTheDefaultAndGivenOnesAreReadUnderEveryName() throws Exception {
    Bean bean = new Bean();
    String[] options = weka.core.Utils.splitOptions("-alpha 0.2 -mondrian -score APS -K 7");
    TABLE.setOptions(bean, options);

    assertThat(bean.getAlpha()).isEqualTo(0.2);
    assertThat(bean.getSeed()).isEqualTo(1);
    assertThat(bean.getMondrian()).isTrue();
    assertThat(bean.getScore()).isEqualTo("aps");
    assertThat(bean.getNeighbours()).isEqualTo(7);
    assertThat(options).allMatch(String::isEmpty);
  }

  @Test
  void getOptionsReadsBackToTheSameBean() throws Exception {
    Bean bean = new Bean();
    TABLE.setOptions(bean, weka.core.Utils.splitOptions("-alpha 0.05 -S 9 -neighbours 3"));
    String[] written = TABLE.getOptions(bean).toArray(new String[0]);
    String text = String.join(" ", written);
    Bean again = new Bean();
    TABLE.setOptions(again, written);

    assertThat(again.getAlpha()).isEqualTo(0.05);
    assertThat(again.getSeed()).isEqualTo(9);
    assertThat(again.getNeighbours()).isEqualTo(3);
    assertThat(again.getMondrian()).isFalse();
    assertThat(text).doesNotContain("-mondrian").contains("-neighbours 3");
  }

  @Test
  void aValueOutsideTheCataloguesRangeIsRefusedWithTheDefaultAsExample() {
    assertThatThrownBy(() -> TABLE.setOptions(new Bean(), new String[] {"-alpha", "1.5"}))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("-alpha 1.5: must be more than 0 and less than 1; use for example -alpha 0.1");
    assertThatThrownBy(() -> TABLE.check("score", "xyz"))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("-score xyz: unknown value; use one of lac, aps, raps");
  }

  @Test
  void anOptionGivenUnderTwoNamesIsRefused() {
    assertThatThrownBy(
            () -> TABLE.setOptions(new Bean(), new String[] {"-K", "3", "-neighbours", "4"}))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageContaining("given twice");
  }

  @Test
  void optionsAndTipTextsCarryTheCataloguesDescriptionNoteAndDefault() {
    Option mondrian =
        TABLE.options().stream().filter(o -> o.name().equals("mondrian")).findFirst().orElseThrow();
    assertThat(mondrian.numArguments()).isZero();
    assertThat(mondrian.synopsis()).isEqualTo("-mondrian");
    assertThat(TABLE.tipText("mondrian"))
        .startsWith(CONFORMAL.parameter("mondrian").orElseThrow().description())
        .contains("(With -conformal.)")
        .endsWith("Default off.");
    assertThat(TABLE.tipText("score")).contains("One of lac, aps, raps.").endsWith("Default lac.");
    assertThat(TABLE.tipText("alpha")).endsWith("Default 0.1.");
  }
}
