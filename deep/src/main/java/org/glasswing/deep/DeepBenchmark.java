package org.glasswing.deep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.gradient.Baseline;
import org.glasswing.core.gradient.GradCam;
import org.glasswing.core.gradient.IntegratedGradients;
import org.glasswing.core.gradient.Saliency;
import org.glasswing.core.gradient.SmoothGrad;
import org.glasswing.core.gradient.SyntheticImages;
import org.glasswing.core.occlusion.ImageOcclusion;
import org.glasswing.core.uncertainty.McDropout;
import org.nd4j.linalg.factory.Nd4j;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * Times the network methods on a 28×28 CNN trained on generated shape images: per image, the
 * gradient (saliency), SmoothGrad with 50 copies, Integrated Gradients with 64 steps, Grad-CAM and
 * patch occlusion (4×4 patches, stride 4: 49 occluded copies); per row, Monte Carlo dropout with 50
 * passes. Each figure is the median over the timed images, after one untimed warm-up. The thread
 * count of Deeplearning4j's arithmetic is set by the environment variable {@code OMP_NUM_THREADS}
 * when the JVM starts; the figures report the count in use.
 */
public final class DeepBenchmark {

  /**
   * One figure.
   *
   * @param task what was timed
   * @param millisPerItem the median time per image (or row), in milliseconds
   * @param items the number of timed images
   * @param threads Deeplearning4j's thread count
   */
  public record Timing(String task, double millisPerItem, int items, int threads) {}

  private final int images;
  private final int epochs;
  private final long seed;

  /**
   * Creates the benchmark.
   *
   * @param images the number of timed images, at least 1
   * @param epochs the CNN's training epochs, at least 1
   * @param seed the seed of the data and the network
   * @throws IllegalArgumentException if a count is below 1
   */
  public DeepBenchmark(int images, int epochs, long seed) {
    if (images < 1 || epochs < 1) {
      throw new IllegalArgumentException("the image and epoch counts must be at least 1");
    }
    this.images = images;
    this.epochs = epochs;
    this.seed = seed;
  }

  /**
   * Trains the network and times every method.
   *
   * @param cancel checked between figures
   * @return the figures, in the order listed above
   * @throws Exception if the network cannot be trained
   */
  public List<Timing> run(CancellationToken cancel) throws Exception {
    SyntheticImages.Images train = SyntheticImages.generate(300, 28, 7, 4, seed);
    SyntheticImages.Images test = SyntheticImages.generate(images + 1, 28, 7, 4, seed + 1);
    DeepNetClassifier cnn = new DeepNetClassifier();
    cnn.setOptions(
        new String[] {
          "-image-shape",
          "28x28x1",
          "-filters",
          "8,16",
          "-layers",
          "32",
          "-dropout",
          "0.2",
          "-epochs",
          Integer.toString(epochs),
          "-S",
          Long.toString(seed)
        });
    cnn.buildClassifier(toWeka(train.data()));
    NetworkModel model = cnn.model(train.data().schema());
    int threads = Nd4j.getEnvironment().maxThreads();
    List<Timing> timings = new ArrayList<>();
    List<Supplier<Explainer>> methods =
        List.of(
            Saliency::new,
            () -> new SmoothGrad(50, SmoothGrad.DEFAULT_NOISE, seed),
            () -> new IntegratedGradients(64, Baseline.zeros()),
            GradCam::new,
            () -> new ImageOcclusion(train.shape(), 4, 4, 0));
    List<String> names =
        List.of("gradient", "smoothgrad(50)", "integrated-gradients(64)", "grad-cam", "occlusion");
    EvaluationEngine engine = EvaluationEngine.defaults().withThreads(1);
    for (int m = 0; m < methods.size(); m++) {
      cancel.throwIfCancelled();
      Explainer explainer = methods.get(m).get();
      double[] times = new double[images];
      for (int i = 0; i <= images; i++) {
        Dataset one = test.data().select(new int[] {i});
        long start = System.nanoTime();
        explainer.explain(model, one, TargetSelection.predicted(), engine);
        if (i > 0) {
          times[i - 1] = (System.nanoTime() - start) / 1e6;
        }
      }
      timings.add(new Timing(names.get(m), median(times), images, threads));
    }
    cancel.throwIfCancelled();
    double[] times = new double[images];
    for (int i = 0; i <= images; i++) {
      Dataset one = test.data().select(new int[] {i});
      long start = System.nanoTime();
      McDropout.score(model, one, 50, seed, cancel);
      if (i > 0) {
        times[i - 1] = (System.nanoTime() - start) / 1e6;
      }
    }
    timings.add(new Timing("mc-dropout(50)", median(times), images, threads));
    return timings;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static Instances toWeka(Dataset data) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    for (int f = 0; f < data.schema().size(); f++) {
      var feature = data.schema().feature(f);
      attributes.add(
          feature.isNominal()
              ? new Attribute(feature.name(), new ArrayList<>(feature.labels()))
              : new Attribute(feature.name()));
    }
    Instances instances = new Instances("shapes", attributes, data.numRows());
    instances.setClassIndex(data.schema().targetIndex());
    for (int r = 0; r < data.numRows(); r++) {
      instances.add(new DenseInstance(1, data.row(r)));
    }
    return instances;
  }
}
