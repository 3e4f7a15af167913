package org.glasswing.core.occlusion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.text.Document;
import org.glasswing.core.text.DocumentMasks;
import org.glasswing.core.text.TextExplainer;
import org.glasswing.core.text.TextModel;

/**
 * Occlusion for text: the attribution of a word is f(document) − f(document without the word),
 * every occurrence of the word being dropped (see {@link Document}). The base value is the model's
 * output for the document with every word dropped. Each document costs d + 2 model evaluations for
 * d distinct words; the method draws no random numbers.
 */
public final class TextOcclusion implements TextExplainer {

  /** Creates the explainer. */
  public TextOcclusion() {}

  @Override
  public String method() {
    return Occlusion.METHOD;
  }

  @Override
  public List<Explanation> explain(
      TextModel model, List<String> texts, TargetSelection targets, EvaluationEngine engine) {
    List<Document> documents = Document.ofAll(texts);
    targets.validate(model.outputNames());
    DocumentMasks masks = new DocumentMasks(model, documents);
    List<double[][]> results =
        engine.run(
            masks,
            documents.size(),
            0L,
            task -> new Job(masks, task.index(), documents.get(task.index()).words().size()));
    List<Explanation> explanations = new ArrayList<>();
    for (int r = 0; r < results.size(); r++) {
      Document document = documents.get(r);
      double[][] outputs = results.get(r);
      double[] prediction = outputs[0];
      for (int output : targets.select(model.outputNames(), prediction)) {
        double[] attributions = new double[document.words().size()];
        for (int w = 0; w < attributions.length; w++) {
          attributions[w] = prediction[output] - outputs[2 + w][output];
        }
        explanations.add(
            new Explanation(
                r,
                output,
                model.outputNames().get(output),
                outputs[1][output],
                prediction[output],
                document.wordFeatures(),
                document.wordCounts(),
                attributions,
                null,
                Occlusion.METHOD,
                Map.of("mode", "text")));
      }
    }
    return explanations;
  }

  /** Asks for the whole document, the empty one, then the document without each word in turn. */
  private static final class Job implements RowJob<double[][]> {
    private final DocumentMasks masks;
    private final int document;
    private final int words;
    private double[][] outputs;

    Job(DocumentMasks masks, int document, int words) {
      this.masks = masks;
      this.document = document;
      this.words = words;
    }

    @Override
    public long plannedEvaluations() {
      return words + 2L;
    }

    @Override
    public double[][] nextBatch() {
      if (outputs != null) {
        return null;
      }
      double[][] batch = new double[words + 2][];
      boolean[] keep = new boolean[words];
      Arrays.fill(keep, true);
      batch[0] = masks.row(document, keep);
      batch[1] = masks.row(document, new boolean[words]);
      for (int w = 0; w < words; w++) {
        keep[w] = false;
        batch[2 + w] = masks.row(document, keep);
        keep[w] = true;
      }
      return batch;
    }

    @Override
    public void accept(double[][] answers) {
      outputs = answers;
    }

    @Override
    public double[][] result() {
      return outputs;
    }
  }
}
