package org.glasswing.core.bench;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;

/**
 * A model that passes every call on to another and records the size of each batch, so that a
 * benchmark can count a method's model evaluations; made by {@link #keepingRows(Model)}, it also
 * keeps a copy of every batch's rows, so that the very same batches can be timed without the method
 * ({@link BatchReplay}). Copies made for other threads record into the same log.
 */
public final class RecordingModel implements Model {

  private final Model model;
  private final ConcurrentLinkedQueue<Integer> batches;
  private final ConcurrentLinkedQueue<double[][]> kept;

  /**
   * Wraps a model with an empty log of batch sizes.
   *
   * @param model the model that answers
   */
  public RecordingModel(Model model) {
    this(model, new ConcurrentLinkedQueue<>(), null);
  }

  private RecordingModel(
      Model model, ConcurrentLinkedQueue<Integer> batches, ConcurrentLinkedQueue<double[][]> kept) {
    this.model = Objects.requireNonNull(model, "model");
    this.batches = batches;
    this.kept = kept;
  }

  /**
   * Wraps a model with an empty log that also keeps a copy of every batch's rows (callers reuse
   * their row arrays, so the rows are copied): memory grows with the evaluations.
   *
   * @param model the model that answers
   * @return the recording model
   */
  public static RecordingModel keepingRows(Model model) {
    return new RecordingModel(model, new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
  }

  /**
   * Copies of the rows of every batch predicted so far, in the order the calls arrived.
   *
   * @return the batches
   * @throws IllegalStateException if this model was not made by {@link #keepingRows(Model)}
   */
  public List<double[][]> batches() {
    if (kept == null) {
      throw new IllegalStateException("this recording keeps batch sizes only");
    }
    return List.copyOf(kept);
  }

  /**
   * The size of every batch predicted so far, in the order the calls arrived.
   *
   * @return a fresh array
   */
  public int[] batchSizes() {
    return batches.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The number of rows predicted so far.
   *
   * @return the sum of the batch sizes
   */
  public long evaluations() {
    long total = 0;
    for (int size : batches) {
      total += size;
    }
    return total;
  }

  /** Forgets the batches recorded so far. */
  public void clear() {
    batches.clear();
    if (kept != null) {
      kept.clear();
    }
  }

  @Override
  public Schema schema() {
    return model.schema();
  }

  @Override
  public List<String> outputNames() {
    return model.outputNames();
  }

  @Override
  public double[][] predict(double[][] rows) {
    batches.add(rows.length);
    if (kept != null) {
      double[][] copy = new double[rows.length][];
      for (int r = 0; r < rows.length; r++) {
        copy[r] = rows[r].clone();
      }
      kept.add(copy);
    }
    return model.predict(rows);
  }

  @Override
  public boolean isThreadSafe() {
    return model.isThreadSafe();
  }

  @Override
  public Model copyForThread() {
    return model.isThreadSafe() ? this : new RecordingModel(model.copyForThread(), batches, kept);
  }
}
