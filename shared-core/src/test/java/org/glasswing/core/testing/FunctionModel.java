package org.glasswing.core.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;

/** A model defined by a function of one row, counting the rows it is asked to predict. */
public class FunctionModel implements Model {

  private final Schema schema;
  private final List<String> outputs;
  private final Function<double[], double[]> function;
  private final AtomicLong evaluations = new AtomicLong();

  public FunctionModel(Schema schema, List<String> outputs, Function<double[], double[]> function) {
    this.schema = schema;
    this.outputs = outputs;
    this.function = function;
  }

  /** A regression model: one output named after the target. */
  public static FunctionModel regression(Schema schema, Function<double[], Double> function) {
    return new FunctionModel(
        schema, List.of(schema.target().name()), row -> new double[] {function.apply(row)});
  }

  /** A classifier: softmax over one score per class label. */
  public static FunctionModel softmax(Schema schema, Function<double[], double[]> scores) {
    return new FunctionModel(schema, schema.target().labels(), row -> softmax(scores.apply(row)));
  }

  static double[] softmax(double[] scores) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double[] p = new double[scores.length];
    double total = 0;
    for (int i = 0; i < scores.length; i++) {
      p[i] = Math.exp(scores[i] - max);
      total += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= total;
    }
    return p;
  }

  public long evaluations() {
    return evaluations.get();
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return outputs;
  }

  @Override
  public double[][] predict(double[][] rows) {
    evaluations.addAndGet(rows.length);
    double[][] out = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      out[r] = function.apply(rows[r]);
    }
    return out;
  }

  @Override
  public boolean isThreadSafe() {
    return true;
  }

  @Override
  public Model copyForThread() {
    return this;
  }
}
