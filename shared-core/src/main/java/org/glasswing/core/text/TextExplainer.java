package org.glasswing.core.text;

import java.util.List;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;

/**
 * A local attribution method for documents: the players are the distinct words of each document
 * (see {@link Document}), and each explanation has one feature per word, named after the word,
 * whose value is the number of times the word occurs. An explainer holds its own settings and is
 * immutable.
 */
public interface TextExplainer {

  /**
   * The method's name as the command line spells it.
   *
   * @return such as {@code lime}
   */
  String method();

  /**
   * Explains documents.
   *
   * @param model the model to explain
   * @param documents the documents to explain; each must have at least one word
   * @param targets which outputs to explain
   * @param engine runs the model evaluations (threads, progress, cancellation)
   * @return the explanations, grouped by document in order and, within a document, in output order;
   *     {@link Explanation#row()} is the index into {@code documents}
   * @throws IllegalArgumentException if a document has no word or a setting does not suit the data
   * @throws org.glasswing.core.engine.CancelledException if cancelled
   */
  List<Explanation> explain(
      TextModel model, List<String> documents, TargetSelection targets, EvaluationEngine engine);
}
