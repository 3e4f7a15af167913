package org.glasswing.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;

/**
 * A text model seen as a tabular {@link Model}, so that the {@link
 * org.glasswing.core.engine.EvaluationEngine} can run text explainers with its threads, batches,
 * progress and cancellation. A row names a document and which of its words to keep: {@code
 * [document index, keep word 1, keep word 2, ...]}, where a keep value of 1 keeps the word and 0
 * removes it; the row is as long as {@link #rowLength()} and entries past the document's own word
 * count are ignored. The model rebuilds each masked text and asks the text model for a batch.
 */
public final class DocumentMasks implements Model {

  private final TextModel model;
  private final List<Document> documents;
  private final Schema schema;

  /**
   * Wraps a text model for some documents.
   *
   * @param model the text model
   * @param documents the documents rows refer to, by index
   */
  public DocumentMasks(TextModel model, List<Document> documents) {
    this.model = Objects.requireNonNull(model, "model");
    this.documents = List.copyOf(documents);
    int width = 0;
    for (Document document : this.documents) {
      width = Math.max(width, document.words().size());
    }
    List<Feature> columns = new ArrayList<>();
    columns.add(Feature.numeric("document"));
    for (int w = 0; w < width; w++) {
      columns.add(Feature.numeric("keep_word_" + (w + 1)));
    }
    columns.add(Feature.numeric("output"));
    this.schema = new Schema(columns, columns.size() - 1);
  }

  /**
   * The length of a row: the document index, one keep flag per word of the longest document, and an
   * unused target column.
   *
   * @return the row length
   */
  public int rowLength() {
    return schema.size();
  }

  /**
   * A row that keeps some words of one document.
   *
   * @param document the document's index
   * @param keep for each of its words, whether it stays
   * @return a row for {@link #predict}
   */
  public double[] row(int document, boolean[] keep) {
    double[] row = new double[rowLength()];
    row[0] = document;
    for (int w = 0; w < keep.length; w++) {
      row[w + 1] = keep[w] ? 1 : 0;
    }
    row[row.length - 1] = Double.NaN;
    return row;
  }

  /**
   * The text a row stands for.
   *
   * @param row a row as made by {@link #row(int, boolean[])}
   * @return the document with the row's words removed
   */
  public String text(double[] row) {
    Document document = documents.get((int) row[0]);
    boolean[] keep = new boolean[document.words().size()];
    for (int w = 0; w < keep.length; w++) {
      keep[w] = row[w + 1] != 0;
    }
    return document.keeping(keep);
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return model.outputNames();
  }

  @Override
  public double[][] predict(double[][] rows) {
    List<String> texts = new ArrayList<>(rows.length);
    for (double[] row : rows) {
      texts.add(text(row));
    }
    return model.predict(texts);
  }

  @Override
  public boolean isThreadSafe() {
    return model.isThreadSafe();
  }

  @Override
  public Model copyForThread() {
    return model.isThreadSafe() ? this : new DocumentMasks(model.copyForThread(), documents);
  }

  @Override
  public boolean isClassifier() {
    return model.outputNames().size() > 1;
  }
}
