package org.glasswing.core.text;

import java.util.List;

/**
 * A model that reads raw documents: a batch of texts in, one vector of outputs per text out. A
 * classifier returns one probability per class label, a regression model a single value.
 */
public interface TextModel {

  /**
   * The names of the outputs: the class labels of a classifier, or the target's name for a
   * regression model.
   *
   * @return one name per output, in output order
   */
  List<String> outputNames();

  /**
   * Scores a batch of documents.
   *
   * @param documents the texts; not modified
   * @return one output vector per document, in order, each of {@code outputNames().size()} values
   * @throws org.glasswing.core.model.ModelEvaluationException if the underlying model fails
   */
  double[][] predict(List<String> documents);

  /**
   * Whether one instance may serve {@link #predict} from several threads at once.
   *
   * @return true when concurrent calls are safe
   */
  boolean isThreadSafe();

  /**
   * A model to be used by one more thread: itself when thread-safe, otherwise an independent copy.
   *
   * @return a model with the same predictions that is safe to use from a new thread
   */
  TextModel copyForThread();
}
