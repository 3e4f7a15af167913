package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * Input files that differ from the plain comma-separated UTF-8 form but mean the same data: each
 * gives the same explanation as the plain form, with one note on standard error.
 */
class InputReadingTest {

  private static final String J48 = "weka.classifiers.trees.J48";

  @TempDir Path dir;
  private Path small;
  private Path smallCsv;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
    smallCsv = dir.resolve("small.csv");
    Files.writeString(smallCsv, String.join("\n", Cli.smallCsvLines()) + "\n");
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static Cli explain(Path train, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("explain", "--train", train.toString(), "--classifier", J48));
    args.addAll(List.of("--method", "exact-shapley", "--rows", "1-6", "--target", "all"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  private static void assertSame(Cli run, Cli reference) {
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(reference.code()).as(reference.err()).isZero();
    assertThat(run.out()).isNotEmpty().isEqualTo(reference.out());
  }

  @Test
  void theCommaCsvReadsLikeTheArffWithoutANote() {
    Cli csv = explain(smallCsv);
    assertSame(csv, explain(small));
    assertThat(csv.err()).isEmpty();
  }

  @Test
  void aSemicolonCsvGivesTheSameExplanationAndSaysHowItWasRead() throws Exception {
    List<String> lines = new ArrayList<>();
    Cli.smallCsvLines().forEach(l -> lines.add(l.replace(',', ';')));
    Path semi = write("semi.csv", String.join("\r\n", lines) + "\r\n");
    Cli run = explain(semi);
    assertSame(run, explain(smallCsv));
    assertThat(run.errLines())
        .containsExactly("glasswing: note: reading " + semi + " as semicolon-separated");
    assertThat(explain(semi, "-q").err()).isEmpty();
  }

  @Test
  void aTabSeparatedFileWithQuotedLabelsReadsTheSame() throws Exception {
    List<String> lines = new ArrayList<>();
    Cli.smallCsvLines().forEach(l -> lines.add(l.replace(",red,", ",\"red\",").replace(',', '\t')));
    Path tabs = write("tabs.csv", String.join("\n", lines));
    Cli run = explain(tabs);
    assertSame(run, explain(smallCsv));
    assertThat(run.err()).contains("as tab-separated");
  }

  @Test
  void decimalCommasInASemicolonFileAreReadAsNumbersWithANote() throws Exception {
    StringBuilder dots = new StringBuilder("x;y;c\n");
    StringBuilder commas = new StringBuilder("x;y;c\n");
    for (int i = 0; i < 20; i++) {
      String x = (i % 7) + "." + (i % 3 + 1);
      String y = Integer.toString(i % 5);
      String c = i % 7 > 3 ? "hi" : "lo";
      dots.append(x).append(';').append(y).append(';').append(c).append('\n');
      commas.append(x.replace('.', ',')).append(';').append(y).append(';').append(c).append('\n');
    }
    Cli withDots = explain(write("dots.csv", dots.toString()));
    Path commaFile = write("commas.csv", commas.toString());
    Cli withCommas = explain(commaFile);
    assertSame(withCommas, withDots);
    assertThat(withCommas.err())
        .contains("reading the decimal commas of " + commaFile + " as decimal points (columns x)");
    assertThat(withCommas.out()).contains(",x,0.1,");
  }

  @Test
  void aByteOrderMarkIsRemovedFromTheFirstAttributeName() throws Exception {
    Path arff = write("bom.arff", "\uFEFF" + TestData.smallArff());
    Path csv = write("bom.csv", "\uFEFF" + String.join("\n", Cli.smallCsvLines()));
    Cli fromArff = explain(arff);
    Cli fromCsv = explain(csv);
    assertSame(fromArff, explain(small));
    assertSame(fromCsv, explain(smallCsv));
    assertThat(fromCsv.out()).contains(",age,").doesNotContain("\uFEFF");
    assertThat(fromCsv.errLines())
        .containsExactly(
            "glasswing: note: removed the UTF-8 byte-order mark at the start of " + csv);
  }

  @Test
  void aUtf16FileWithItsByteOrderMarkIsDecoded() throws Exception {
    Path csv = dir.resolve("utf16.csv");
    Files.write(
        csv,
        ("\uFEFF" + String.join("\n", Cli.smallCsvLines())).getBytes(StandardCharsets.UTF_16LE));
    Cli run = explain(csv);
    assertSame(run, explain(smallCsv));
    assertThat(run.err()).contains("as UTF-16 (little-endian), as its byte-order mark says");
  }

  @Test
  void latin1WithEncodingReadsTheRightLabels() throws Exception {
    String accented = TestData.smallArff().replace("red", "ros\u00e9");
    Path latin = dir.resolve("latin.arff");
    Files.write(latin, accented.getBytes(StandardCharsets.ISO_8859_1));
    Cli run = explain(latin, "--encoding", "ISO-8859-1");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains(",colour,ros\u00e9,").doesNotContain("\uFFFD");
    assertThat(run.out()).isEqualTo(explain(small).out().replace(",red,", ",ros\u00e9,"));
  }

  @Test
  void reorderedColumnsGiveTheSameValuesForTheUsersRows() throws Exception {
    List<String> reordered = new ArrayList<>();
    for (String line : Cli.smallCsvLines()) {
      String[] f = line.split(",");
      reordered.add(f[3] + "," + f[2] + "," + f[0] + "," + f[1]);
    }
    Path data = write("reordered.csv", String.join("\n", reordered));
    Cli run = explain(small, "--data", data.toString());
    assertSame(run, explain(small, "--data", smallCsv.toString()));
    assertThat(run.errLines()).singleElement().asString().contains("matched by name");
  }

  @Test
  void anExtraColumnIsIgnoredWithANote() throws Exception {
    List<String> wider = new ArrayList<>();
    List<String> lines = Cli.smallCsvLines();
    for (int i = 0; i < lines.size(); i++) {
      wider.add((i == 0 ? "id" : "r" + i) + "," + lines.get(i));
    }
    Path data = write("wider.csv", String.join("\n", wider));
    Cli run = explain(small, "--data", data.toString());
    assertSame(run, explain(small, "--data", smallCsv.toString()));
    assertThat(run.errLines())
        .containsExactly(
            "glasswing: note: ignoring the column id of --data "
                + data
                + ", which the model's data does not have");
  }

  @Test
  void aModelWithoutItsHeaderTakesTheHeaderFromTrainOrWarnsOnce() throws Exception {
    Instances train = TestData.arff(TestData.smallArff());
    J48 j48 = new J48();
    j48.buildClassifier(train);
    Path model = dir.resolve("bare.model");
    SerializationHelper.write(model.toString(), j48);
    Path withHeader = dir.resolve("full.model");
    SerializationHelper.writeAll(
        withHeader.toString(), new Object[] {j48, new Instances(train, 0)});
    List<String> reordered = new ArrayList<>();
    for (String line : Cli.smallCsvLines()) {
      String[] f = line.split(",");
      reordered.add(f[1] + "," + f[0] + "," + f[2] + "," + f[3]);
    }
    Path data = write("swapped.csv", String.join("\n", reordered));
    String[] method = {"--method", "exact-shapley", "--rows", "1-4", "--target", "all"};

    Cli reference =
        Cli.run(
            concat(
                new String[] {
                  "explain", "--model", withHeader.toString(), "--data", smallCsv.toString()
                },
                method));
    Cli byName =
        Cli.run(
            concat(
                new String[] {
                  "explain",
                  "--model",
                  model.toString(),
                  "--train",
                  small.toString(),
                  "--data",
                  data.toString()
                },
                method));
    assertSame(byName, reference);
    Cli savedHeader =
        Cli.run(
            concat(
                new String[] {
                  "explain", "--model", withHeader.toString(), "--data", data.toString()
                },
                method));
    assertSame(savedHeader, reference);

    Cli byPosition =
        Cli.run(
            concat(
                new String[] {
                  "explain", "--model", model.toString(), "--data", smallCsv.toString(), "-q"
                },
                method));
    assertThat(byPosition.code()).as(byPosition.err()).isZero();
    assertThat(byPosition.errLines())
        .singleElement()
        .asString()
        .startsWith("glasswing: warning: --model " + model + " was saved without its training")
        .contains("matched to the model by position; give --train");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
