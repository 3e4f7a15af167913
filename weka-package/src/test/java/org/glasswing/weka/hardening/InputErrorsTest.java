package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.SerializationHelper;

/**
 * Bad input files through the command line: each gives exit code 2, one line on standard error that
 * names the problem and the fix, and nothing on standard output.
 */
class InputErrorsTest {

  private static final String J48 = "weka.classifiers.trees.J48";

  @TempDir Path dir;
  private Path small;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private Path writeBytes(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  private static Cli explainTrain(Path train, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("explain", "--train", train.toString(), "--classifier", J48));
    args.addAll(List.of("--method", "exact-shapley", "--rows", "1-3"));
    args.addAll(List.of(extra));
    return Cli.run(args.toArray(String[]::new));
  }

  /** Exit 2, no output, and one line on standard error containing every part. */
  private static void assertUserError(Cli run, String... parts) {
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).as("standard output").isEmpty();
    assertThat(run.errLines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("glasswing: error: ");
    for (String part : parts) {
      assertThat(run.err()).contains(part);
    }
  }

  @Test
  void aCsvWithoutDelimitersIsOneColumnAndRefused() throws Exception {
    Path csv = write("spaces.csv", "age income buys\n1 2 yes\n3 4 no\n");
    assertUserError(explainTrain(csv), "spaces.csv has a single column", "comma, semicolon or tab");
  }

  @Test
  void aRaggedRowIsNamedWithItsFieldCounts() throws Exception {
    List<String> lines = Cli.smallCsvLines();
    lines.set(3, "21,40,red");
    Path csv = write("ragged.csv", String.join("\n", lines) + "\n");
    assertUserError(
        explainTrain(csv), "ragged.csv line 4 (data row 3) has 3 fields but the header has 4");
  }

  @Test
  void aRaggedSemicolonRowIsNamedToo() throws Exception {
    Path csv = write("ragged-semi.csv", "a;b;c\n1;2;x\n1;2;y\n1;2;x\n4;5\n");
    assertUserError(
        explainTrain(csv), "line 5 (data row 4) has 2 fields but the header has 3", "semicolon");
  }

  @Test
  void latin1BytesAreRefusedWithTheLineAndTheFix() throws Exception {
    String text = "a,b,c\n1,2,oui\n3,4,non\n5,6,d\u00e9j\u00e0\n";
    Path csv = writeBytes("latin.csv", text.getBytes(StandardCharsets.ISO_8859_1));
    assertUserError(
        explainTrain(csv),
        "latin.csv line 4 is not valid UTF-8 (byte 0xE9); if the file is Latin-1, add --encoding"
            + " ISO-8859-1");
  }

  @Test
  void latin1BytesInAGzippedArffAreRefusedToo() throws Exception {
    Path gz = dir.resolve("latin.arff.gz");
    String arff = TestData.smallArff().replace("red", "ros\u00e9");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(arff.getBytes(StandardCharsets.ISO_8859_1));
    }
    assertUserError(explainTrain(gz), "line 4 is not valid UTF-8 (byte 0xE9)", "--encoding");
  }

  @Test
  void anUnknownEncodingIsNamed() {
    assertUserError(
        explainTrain(small, "--encoding", "klingon-8"),
        "--encoding klingon-8: unknown character set",
        "ISO-8859-1");
  }

  @Test
  void aBrokenUtf16ByteOrderMarkIsRefused() throws Exception {
    byte[] bytes = {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0, ',', 0, 'b', (byte) 0xD8, 0, 0, '\n'};
    Path csv = writeBytes("utf16.csv", bytes);
    assertUserError(explainTrain(csv), "utf16.csv line 1 is not valid UTF-16BE", "byte-order mark");
  }

  @Test
  void infinityInArffIsNamedByAttributeAndRow() throws Exception {
    Path arff = write("inf.arff", TestData.smallArff().replace("\n34,", "\nInfinity,"));
    assertUserError(
        explainTrain(arff),
        "attribute 'age' row 3 is Infinity; replace it with a finite number or mark it missing (?)");
  }

  @Test
  void infinityInCsvIsNamedByAttributeAndRow() throws Exception {
    List<String> lines = Cli.smallCsvLines();
    lines.set(5, lines.get(5).replaceFirst(",[0-9]+,", ",-inf,"));
    Path csv = write("inf.csv", String.join("\n", lines) + "\n");
    assertUserError(explainTrain(csv), "inf.csv: attribute 'income' row 5 is -Infinity");
  }

  @Test
  void aNumericClassForAClassifierThatNeedsANominalOneSaysWhatToDo() {
    assertUserError(
        explainTrain(small, "--class", "income"),
        "weka.classifiers.trees.J48 needs a nominal class, but 'income' is numeric",
        "--class NAME",
        "discretise the target");
  }

  @Test
  void aNominalClassForARegressionClassifierSaysWhatToDo() {
    assertUserError(
        Cli.run(
            "explain",
            "--train",
            small.toString(),
            "--classifier",
            "weka.classifiers.functions.LinearRegression",
            "--rows",
            "1"),
        "LinearRegression needs a numeric class, but 'buys' is nominal",
        "--class NAME");
  }

  @Test
  void counterfactualsWithANumericClassSuggestANominalOne() {
    assertUserError(
        Cli.run("counterfactual", "--train", small.toString(), "--class", "income", "--rows", "1"),
        "counterfactuals need a nominal class, but 'income' is numeric",
        "choose one with --class NAME or discretise the target");
  }

  @Test
  void dataMissingColumnsNamesThemAll() throws Exception {
    Path data = write("narrow.csv", "age,buys\n30,yes\n40,no\n");
    assertUserError(
        explainTrain(small, "--data", data.toString()),
        "--data " + data + " does not match the model's data: it lacks the columns income, colour");
  }

  @Test
  void anUnknownLabelNamesBothLabelSets() throws Exception {
    Path data = write("purple.csv", "age,income,colour,buys\n30,20,purple,yes\n40,60,red,no\n");
    assertUserError(
        explainTrain(small, "--data", data.toString()),
        "attribute 'colour' has the label 'purple', which the model does not know",
        "{purple, red}",
        "{red, green, blue}");
  }

  @Test
  void aNumericColumnReadAsNominalIsNamed() throws Exception {
    Path data = write("typo.csv", "age,income,colour,buys\n30,2O,red,yes\n40,60,red,no\n");
    assertUserError(
        explainTrain(small, "--data", data.toString()),
        "attribute 'income' is nominal here but numeric in the model's data",
        "{2O, 60}");
  }

  @Test
  void anEmptyBackgroundFileIsNamedByItsOption() throws Exception {
    Path empty = write("empty-bg.csv", "age,income,colour,buys\n");
    assertUserError(
        Cli.run(
            "explain",
            "--train",
            small.toString(),
            "--method",
            "kernel-shap",
            "--background-data",
            empty.toString()),
        "--background-data " + empty + " has no rows",
        "leave out --background-data");
  }

  @Test
  void aMissingDataFileNamesTheOption() {
    Path missing = dir.resolve("nope.csv");
    assertUserError(
        explainTrain(small, "--data", missing.toString()),
        "no such file: " + missing + " (given with --data)");
  }

  @Test
  void anUnclosedQuoteIsNamedWithItsLine() throws Exception {
    Path csv = write("quote.csv", "a,b,c\n1,2,x\n1,\"2,y\n1,2,x\n");
    assertUserError(explainTrain(csv), "quote.csv line 3 opens a quoted field", "never closed");
  }

  @Test
  void repeatedAndEmptyColumnNamesAreRefused() throws Exception {
    Path twice = write("twice.csv", "a,b,a\n1,2,x\n3,4,y\n");
    assertUserError(explainTrain(twice), "two columns named 'a' (columns 1 and 3); rename one");
    Path unnamed = write("unnamed.csv", ",b,c\n1,2,x\n3,4,y\n");
    assertUserError(explainTrain(unnamed), "column 1 of", "has no name in the header line");
  }

  @Test
  void anEmptyCsvIsRefused() throws Exception {
    Path csv = write("nothing.csv", "\n\n");
    assertUserError(explainTrain(csv), "nothing.csv is empty");
  }

  @Test
  void aTruncatedGzipIsRefused() throws Exception {
    Path gz = dir.resolve("cut.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(String.join("\n", Cli.smallCsvLines()).getBytes(StandardCharsets.UTF_8));
    }
    byte[] bytes = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertUserError(explainTrain(gz), "is not a complete gzip file");
  }

  @Test
  void aSavedModelMeetingDataWithoutAColumnNamesIt() throws Exception {
    Instances train = TestData.arff(TestData.smallArff());
    J48 j48 = new J48();
    j48.buildClassifier(train);
    Path model = dir.resolve("j48.model");
    SerializationHelper.writeAll(model.toString(), new Object[] {j48, new Instances(train, 0)});
    Path data = write("no-age.csv", "income,colour,buys\n20,red,yes\n60,blue,no\n");
    assertUserError(
        Cli.run("explain", "--model", model.toString(), "--data", data.toString(), "--rows", "1"),
        "it lacks the column age; add it (? for unknown values)");
  }

  @Test
  void anUnknownFileTypeListsTheKnownOnes() throws Exception {
    Path txt = write("data.txt", "a,b\n1,2\n");
    assertUserError(explainTrain(txt), "the name must end in .arff, .arff.gz, .csv or .csv.gz");
  }
}
