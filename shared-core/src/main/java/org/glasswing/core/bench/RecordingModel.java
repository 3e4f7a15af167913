package org.glasswing.core.bench;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;

/**
 * A model that passes every call on to another and records the size of each batch, so that a
 * benchmark can count a method's model evaluations and time the very same batches without the
 * method ({@link BatchReplay}). Copies made for other threads record into the same log.
 */
public final class RecordingModel implements Model {

  private final Model model;
  private final ConcurrentLinkedQueue<Integer> batches;

  /**
   * Wraps a model with an empty log.
   *
   * @param model the model that answers
   */
  public RecordingModel(Model model) {
    this(model, new ConcurrentLinkedQueue<>());
  }

  private RecordingModel(Model model, ConcurrentLinkedQueue<Integer> batches) {
    this.model = Objects.requireNonNull(model, "model");
    this.batches = batches;
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
    return model.predict(rows);
  }

  @Override
  public boolean isThreadSafe() {
    return model.isThreadSafe();
  }

  @Override
  public Model copyForThread() {
    return model.isThreadSafe() ? this : new RecordingModel(model.copyForThread(), batches);
  }
}
