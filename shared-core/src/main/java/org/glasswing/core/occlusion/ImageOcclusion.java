package org.glasswing.core.occlusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.core.model.Model;

/**
 * Occlusion maps of images (Zeiler and Fergus, 2014), for any model: a square patch of {@code
 * patch}×{@code patch} pixels (all channels) is set to a fill value at every position on a grid of
 * step {@code stride} (the last row and column of positions touch the image's edge), and each
 * pixel's attribution is the mean drop of the output, f(image) − f(image with the patch), over the
 * patches that cover it. The input attributes are the pixels in {@link ImageShape} order. There is
 * no base value. Immutable.
 */
public final class ImageOcclusion implements Explainer {

  /** The method's name. */
  public static final String METHOD = "occlusion";

  private final ImageShape shape;
  private final int patch;
  private final int stride;
  private final double fill;

  /**
   * Creates the method.
   *
   * @param shape the image shape of the input attributes
   * @param patch the patch side in pixels, from 1 to the image's smaller side
   * @param stride the step between patch positions, at least 1
   * @param fill the value the occluded pixels get
   * @throws IllegalArgumentException if a size is out of range
   */
  public ImageOcclusion(ImageShape shape, int patch, int stride, double fill) {
    if (patch < 1 || patch > Math.min(shape.height(), shape.width())) {
      throw new IllegalArgumentException(
          "the occlusion patch must be from 1 to "
              + Math.min(shape.height(), shape.width())
              + " pixels, got "
              + patch);
    }
    if (stride < 1) {
      throw new IllegalArgumentException("the occlusion stride must be at least 1, got " + stride);
    }
    this.shape = shape;
    this.patch = patch;
    this.stride = stride;
    this.fill = fill;
  }

  @Override
  public String method() {
    return METHOD;
  }

  private static int[] positions(int size, int patch, int stride) {
    List<Integer> list = new ArrayList<>();
    for (int p = 0; p + patch <= size; p += stride) {
      list.add(p);
    }
    if (list.get(list.size() - 1) != size - patch) {
      list.add(size - patch);
    }
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public List<Explanation> explain(
      Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine) {
    Schema schema = model.schema();
    int[] inputs = schema.inputIndices();
    shape.requireSize(inputs.length);
    targets.validate(model.outputNames());
    int[] ys = positions(shape.height(), patch, stride);
    int[] xs = positions(shape.width(), patch, stride);
    List<int[]> patches = new ArrayList<>();
    for (int y : ys) {
      for (int x : xs) {
        patches.add(new int[] {y, x});
      }
    }
    List<double[][]> results =
        engine.run(
            model,
            rows.numRows(),
            0L,
            task -> new Job(rows.row(task.index()), inputs, patches, task.batchRows()));
    List<Feature> features = new ArrayList<>();
    for (int column : inputs) {
      features.add(schema.feature(column));
    }
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("patch", Integer.toString(patch));
    settings.put("stride", Integer.toString(stride));
    settings.put("fill", Double.toString(fill));
    List<Explanation> explanations = new ArrayList<>();
    for (int r = 0; r < results.size(); r++) {
      double[][] outputs = results.get(r);
      double[] prediction = outputs[0];
      double[] values = new double[inputs.length];
      for (int i = 0; i < inputs.length; i++) {
        values[i] = rows.value(r, inputs[i]);
      }
      for (int output : targets.select(model.outputNames(), prediction)) {
        double[] sum = new double[inputs.length];
        int[] count = new int[inputs.length];
        for (int p = 0; p < patches.size(); p++) {
          double drop = prediction[output] - outputs[p + 1][output];
          for (int i : covered(patches.get(p))) {
            sum[i] += drop;
            count[i]++;
          }
        }
        for (int i = 0; i < sum.length; i++) {
          sum[i] = count[i] == 0 ? 0 : sum[i] / count[i];
        }
        explanations.add(
            new Explanation(
                r,
                output,
                model.outputNames().get(output),
                Double.NaN,
                prediction[output],
                features,
                values,
                sum,
                null,
                METHOD,
                settings));
      }
    }
    return explanations;
  }

  /** The attribute positions a patch covers. */
  private int[] covered(int[] corner) {
    int[] out = new int[patch * patch * shape.channels()];
    int k = 0;
    for (int dy = 0; dy < patch; dy++) {
      for (int dx = 0; dx < patch; dx++) {
        for (int c = 0; c < shape.channels(); c++) {
          out[k++] = shape.index(corner[0] + dy, corner[1] + dx, c);
        }
      }
    }
    return out;
  }

  /** Evaluates the row, then the row with each patch filled, batch by batch. */
  private final class Job implements RowJob<double[][]> {
    private final double[] row;
    private final int[] inputs;
    private final List<int[]> patches;
    private final int batchRows;
    private final double[][] outputs;
    private int next;
    private int pendingFrom;

    Job(double[] row, int[] inputs, List<int[]> patches, int batchRows) {
      this.row = row;
      this.inputs = inputs;
      this.patches = patches;
      this.batchRows = Math.max(1, batchRows);
      this.outputs = new double[patches.size() + 1][];
    }

    @Override
    public long plannedEvaluations() {
      return outputs.length;
    }

    @Override
    public double[][] nextBatch() {
      if (next >= outputs.length) {
        return null;
      }
      int end = Math.min(outputs.length, next + batchRows);
      double[][] batch = new double[end - next][];
      for (int k = next; k < end; k++) {
        double[] copy = row.clone();
        if (k > 0) {
          for (int i : covered(patches.get(k - 1))) {
            copy[inputs[i]] = fill;
          }
        }
        batch[k - next] = copy;
      }
      pendingFrom = next;
      next = end;
      return batch;
    }

    @Override
    public void accept(double[][] batchOutputs) {
      System.arraycopy(batchOutputs, 0, outputs, pendingFrom, batchOutputs.length);
    }

    @Override
    public double[][] result() {
      return outputs;
    }
  }
}
