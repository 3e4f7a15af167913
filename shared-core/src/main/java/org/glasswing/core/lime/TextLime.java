package org.glasswing.core.lime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.text.Document;
import org.glasswing.core.text.DocumentMasks;
import org.glasswing.core.text.TextExplainer;
import org.glasswing.core.text.TextModel;

/**
 * LIME for text, as in Ribeiro et al.'s text explainer: the players are the distinct words of a
 * document (see {@link Document}). Sample 0 is the whole document; every other sample removes a
 * number of words drawn uniformly from 1 to d (the document's word count), chosen uniformly without
 * replacement. The interpretable representation is the 0/1 vector of kept words, the distance is
 * 100 × the cosine distance between that vector and all ones, and the kernel is LIME's exponential
 * kernel with width 25 by default. The surrogate is fitted as in {@link Lime}, with at most K words
 * (K cut to the document's word count).
 *
 * <p>Each explanation has one feature per word, named after it, whose value is the word's count and
 * whose attribution is its surrogate weight: how much the word's presence moves the output. The
 * base value is the intercept (the surrogate with every word removed), and the extras are as in
 * {@link Lime}.
 */
public final class TextLime implements TextExplainer {

  /** The kernel width when none is given, on distances of 100 × cosine distance. */
  public static final double DEFAULT_KERNEL_WIDTH = 25;

  private final int samples;
  private final double kernelWidth;
  private final int maxFeatures;
  private final long seed;

  /**
   * Creates the explainer.
   *
   * @param samples the number of samples per document, the document itself included; at least K + 2
   * @param kernelWidth the kernel width, or {@code NaN} for {@value #DEFAULT_KERNEL_WIDTH}
   * @param maxFeatures K, the most words a surrogate may use, at least 1; cut to each document's
   *     word count
   * @param seed the seed from which every document's random stream is derived
   */
  public TextLime(int samples, double kernelWidth, int maxFeatures, long seed) {
    Lime.checkSettings(samples, kernelWidth, maxFeatures);
    this.samples = samples;
    this.kernelWidth = Double.isNaN(kernelWidth) ? DEFAULT_KERNEL_WIDTH : kernelWidth;
    this.maxFeatures = maxFeatures;
    this.seed = seed;
  }

  @Override
  public String method() {
    return Lime.METHOD;
  }

  @Override
  public List<Explanation> explain(
      TextModel model, List<String> texts, TargetSelection targets, EvaluationEngine engine) {
    List<Document> documents = Document.ofAll(texts);
    targets.validate(model.outputNames());
    DocumentMasks masks = new DocumentMasks(model, documents);
    List<LimeResult> results =
        engine.run(
            masks,
            documents.size(),
            seed,
            task ->
                new LimeJob(
                    () -> sample(masks, documents.get(task.index()), task.index(), task.random()),
                    samples,
                    Math.min(maxFeatures, documents.get(task.index()).words().size()),
                    task.batchRows()));
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("mode", "text");
    settings.put("samples", Integer.toString(samples));
    settings.put("kernel_width", Double.toString(kernelWidth));
    settings.put("max_features", Integer.toString(maxFeatures));
    settings.put("selection", "forward");
    settings.put("seed", Long.toString(seed));
    List<Explanation> explanations = new ArrayList<>();
    for (int r = 0; r < results.size(); r++) {
      Document document = documents.get(r);
      explanations.addAll(
          Lime.toExplanations(
              r,
              results.get(r),
              model.outputNames(),
              targets,
              document.wordFeatures(),
              document.wordCounts(),
              settings));
    }
    return explanations;
  }

  private Neighbourhood sample(
      DocumentMasks masks, Document document, int index, SplittableRandom random) {
    int d = document.words().size();
    double[][] z = new double[samples][d];
    double[][] rows = new double[samples][];
    double[] weights = new double[samples];
    int[] order = new int[d];
    for (int s = 0; s < samples; s++) {
      boolean[] keep = new boolean[d];
      Arrays.fill(keep, true);
      if (s > 0) {
        int removed = 1 + random.nextInt(d);
        for (int i = 0; i < d; i++) {
          order[i] = i;
        }
        for (int i = 0; i < removed; i++) {
          int j = i + random.nextInt(d - i);
          int swap = order[i];
          order[i] = order[j];
          order[j] = swap;
          keep[order[i]] = false;
        }
      }
      int kept = 0;
      for (int w = 0; w < d; w++) {
        z[s][w] = keep[w] ? 1 : 0;
        kept += keep[w] ? 1 : 0;
      }
      double distance = 100 * (1 - Math.sqrt((double) kept / d));
      weights[s] = Neighbourhood.kernel(distance, kernelWidth);
      rows[s] = masks.row(index, keep);
    }
    double[] explained = new double[d];
    Arrays.fill(explained, 1);
    return new Neighbourhood(z, explained, weights, rows);
  }
}
