package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.gradient.SyntheticImages;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

class GradientExplainCommandTest {

  private static final String CNN =
      "org.glasswing.deep.DeepNetClassifier -image-shape 12x12x1 -filters 4 -layers 8 -epochs 3";

  @TempDir static Path dir;
  private static Path images;
  private static Path small;

  @BeforeAll
  static void writeData() throws Exception {
    images = dir.resolve("shapes.arff");
    Files.writeString(images, arff(SyntheticImages.generate(90, 12, 5, 2, 4).data()).toString());
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
  }

  private static Instances arff(Dataset data) {
    Schema schema = data.schema();
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int f = 0; f < schema.size(); f++) {
      Feature feature = schema.feature(f);
      attributes.add(
          feature.isNominal()
              ? new Attribute(feature.name(), new ArrayList<>(feature.labels()))
              : new Attribute(feature.name()));
    }
    Instances instances = new Instances("shapes", attributes, data.numRows());
    for (int r = 0; r < data.numRows(); r++) {
      instances.add(new DenseInstance(1, data.row(r)));
    }
    return instances;
  }

  private static CliRun explain(Path train, String classifier, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("explain", "-q", "--train", train.toString(), "--classifier", classifier));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void theAuditOfAnImageNetworkShowsHeatMapsInsteadOfTabularViews() throws Exception {
    Path out = dir.resolve("image-audit");
    CliRun run =
        CliRun.of(
            "audit",
            "-q",
            "--train",
            images.toString(),
            "--classifier",
            CNN,
            "--folds",
            "2",
            "--rows",
            "2,5",
            "--output",
            out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    String html = Files.readString(out.resolve(AuditCommand.REPORT_FILE));
    assertThat(html)
        .contains("<section id=\"performance\"", "<section id=\"heatmaps\"")
        .contains("Integrated Gradients, 64 steps")
        .doesNotContain("<section id=\"global-importance\"", "<section id=\"dataset\"")
        .contains("not shown for an image network");
    assertThat(html.split("<img", -1)).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void gradCamWritesOneCsvLinePerPixelAndAPngPerExplanation() throws Exception {
    Path heatmaps = Files.createDirectories(dir.resolve("maps"));
    CliRun run =
        explain(images, CNN, "--method", "grad-cam", "--rows", "2-3", "--heatmaps", heatmaps + "");
    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(org.glasswing.core.io.ExplanationCsvWriter.HEADER);
    assertThat(lines).hasSize(1 + 2 * 144);
    assertThat(lines.get(1)).startsWith("2,").contains(",p_0_0,");
    assertThat(lines.get(145)).startsWith("3,");
    for (String line : lines.subList(1, lines.size())) {
      assertThat(Double.parseDouble(line.split(",")[6])).isGreaterThanOrEqualTo(0);
    }
    try (var files = Files.list(heatmaps)) {
      List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
      assertThat(names).hasSize(2);
      assertThat(names.get(0)).startsWith("row2-").endsWith("-grad-cam.png");
    }
    java.awt.image.BufferedImage png =
        javax.imageio.ImageIO.read(Files.list(heatmaps).findFirst().orElseThrow().toFile());
    assertThat(png.getWidth()).isEqualTo(264);
  }

  @Test
  void integratedGradientsReportTheCompletenessGapWithEveryExplanation() {
    CliRun run =
        explain(
            images,
            CNN,
            "--method",
            "integrated-gradients",
            "--steps",
            "128",
            "--rows",
            "1",
            "--target",
            "all");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).endsWith(",completeness_gap,completeness_gap_abs");
    assertThat(lines).hasSize(1 + 3 * 144);
  }

  @Test
  void aClassifierWithoutGradientsIsRefusedBeforeTrainingNamingTheOtherMethods() {
    CliRun run = explain(small, "weka.classifiers.trees.J48", "--method", "saliency");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.err()).contains("weka.classifiers.trees.J48 has none").contains("kernel-shap");
  }

  @Test
  void anImageShapeThatDoesNotMatchTheAttributesIsOneLine() {
    CliRun run =
        explain(
            images,
            "org.glasswing.deep.DeepNetClassifier -image-shape 10x12x1",
            "--method",
            "grad-cam");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("10x12x1 has 120 values but the data has 144");
    assertThat(run.err().lines().count()).isEqualTo(1);
  }

  @Test
  void optionsOfOtherMethodsAreRefused() {
    CliRun steps = explain(small, CNN, "--method", "saliency", "--steps", "10");
    assertThat(steps.code()).isEqualTo(2);
    assertThat(steps.err()).contains("--steps does not apply to --method saliency");
    CliRun heatmaps =
        explain(small, "weka.classifiers.trees.J48", "--method", "lime", "--heatmaps", dir + "");
    assertThat(heatmaps.code()).isEqualTo(2);
    assertThat(heatmaps.err())
        .contains("--heatmaps applies to the gradient methods and occlusion with --patch only");
  }

  @Test
  void gradCamOnATabularNetworkNamesTheOtherGradientMethods() {
    CliRun run =
        explain(
            small,
            "org.glasswing.deep.DeepNetClassifier -layers 4 -epochs 2",
            "--method",
            "grad-cam");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("grad-cam needs a convolutional network");
    CliRun saliency =
        explain(
            small,
            "org.glasswing.deep.DeepNetClassifier -layers 4 -epochs 2",
            "--method",
            "gradient-x-input",
            "--rows",
            "1-2");
    assertThat(saliency.code()).as(saliency.err()).isZero();
  }

  @Test
  void sanityRandomisesTheNetworksLayersAndTheControlFails() {
    CliRun run =
        CliRun.of(
            "sanity",
            "-q",
            "--train",
            images.toString(),
            "--classifier",
            CNN,
            "--test",
            "parameter-randomization",
            "--method",
            "grad-cam,input-magnitude",
            "--rows",
            "1-6");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines)
        .anyMatch(l -> l.startsWith("grad-cam,parameter-randomization/cascading/output,"))
        .anyMatch(l -> l.startsWith("grad-cam,parameter-randomization/independent/conv1,"))
        .anyMatch(l -> l.startsWith("grad-cam,parameter-randomization/cascading/output,ssim,"))
        .anyMatch(
            l ->
                l.startsWith("input-magnitude,parameter-randomization/cascading/conv1,ssim,")
                    && l.contains(",FAIL"))
        .anyMatch(
            l ->
                l.startsWith(
                        "input-magnitude,parameter-randomization/cascading/conv1,spearman-abs,")
                    && l.contains(",FAIL"));
  }

  @Test
  void uncertaintyAddsMcDropoutAndAutoencoderColumns() {
    CliRun run =
        CliRun.of(
            "uncertainty",
            "--train",
            small.toString(),
            "--classifier",
            "org.glasswing.deep.DeepNetClassifier -layers 8 -epochs 5 -dropout 0.3",
            "--rows",
            "1-4",
            "--mc-dropout",
            "--mc-samples",
            "20",
            "--autoencoder");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "row,predicted,max_prob,margin,entropy,mc_mean_prob,mc_entropy,mc_variance,"
                + "mc_mutual_information,ae_error,ae_percentile,actual,correct");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).startsWith("1,");
    for (String line : lines.subList(1, 5)) {
      String[] cells = line.split(",");
      assertThat(cells).hasSize(13);
      assertThat(Double.parseDouble(cells[10])).isBetween(0.0, 100.0);
    }
  }

  @Test
  void mcDropoutWithoutDropoutOrWithoutANetworkIsOneLine() {
    CliRun none =
        CliRun.of(
            "uncertainty",
            "--train",
            small.toString(),
            "--classifier",
            "org.glasswing.deep.DeepNetClassifier -layers 4 -epochs 2",
            "--mc-dropout");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("trained with -dropout 0");
    CliRun j48 =
        CliRun.of(
            "uncertainty",
            "--train",
            small.toString(),
            "--classifier",
            "weka.classifiers.trees.J48",
            "--mc-dropout");
    assertThat(j48.code()).isEqualTo(2);
    assertThat(j48.err()).contains("use --ensemble for any classifier");
    assertThat(j48.err().lines().count()).isEqualTo(1);
  }

  @Test
  void occlusionWithPatchesMapsAnyClassifiersImagePixels() {
    CliRun run =
        explain(
            images,
            "weka.classifiers.trees.J48",
            "--method",
            "occlusion",
            "--patch",
            "3",
            "--image-shape",
            "12x12x1",
            "--rows",
            "1");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + 144);
    assertThat(lines.get(1)).contains(",p_0_0,");
    CliRun noShape =
        explain(images, "weka.classifiers.trees.J48", "--method", "occlusion", "--patch", "3");
    assertThat(noShape.code()).isEqualTo(2);
    assertThat(noShape.err()).contains("--patch needs the image shape");
    CliRun stride =
        explain(images, "weka.classifiers.trees.J48", "--method", "occlusion", "--stride", "3");
    assertThat(stride.code()).isEqualTo(2);
    assertThat(stride.err()).contains("--stride applies to --patch only");
  }

  @Test
  void aSavedNetworkAndAFolderOfPngsWork() throws Exception {
    Path pngs = dir.resolve("pngs");
    Instances shapes = arff(SyntheticImages.generate(30, 12, 5, 2, 9).data());
    for (int r = 0; r < shapes.numInstances(); r++) {
      java.awt.image.BufferedImage image =
          new java.awt.image.BufferedImage(12, 12, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
      for (int i = 0; i < 144; i++) {
        int v = (int) Math.round(255 * shapes.instance(r).value(i));
        image.setRGB(i % 12, i / 12, (v << 16) | (v << 8) | v);
      }
      Path folder = Files.createDirectories(pngs.resolve(shapes.instance(r).stringValue(144)));
      javax.imageio.ImageIO.write(image, "png", folder.resolve(r + ".png").toFile());
    }
    org.glasswing.deep.DeepNetClassifier cnn = new org.glasswing.deep.DeepNetClassifier();
    cnn.setOptions("-image-shape 12x12x1 -filters 4 -layers 8 -epochs 2".split(" "));
    Instances data = org.glasswing.weka.DataLoader.load(pngs);
    data.setClassIndex(data.numAttributes() - 1);
    cnn.buildClassifier(data);
    Path model = dir.resolve("cnn.model");
    weka.core.SerializationHelper.writeAll(
        model.toString(), new Object[] {cnn, new Instances(data, 0)});
    CliRun run =
        CliRun.of(
            "explain",
            "-q",
            "--model",
            model.toString(),
            "--data",
            pngs.toString(),
            "--method",
            "saliency",
            "--rows",
            "1-2");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines().count()).isEqualTo(1 + 2 * 144);
  }
}
