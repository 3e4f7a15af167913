package org.glasswing.core.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glasswing.core.data.Feature;

/**
 * A document split into words and the text between them. A word is a maximal run of letters, digits
 * and underscores (Unicode-aware, as the {@code \w+} pattern of LIME's text explainer), and words
 * are case-sensitive. The players of a text explanation are the distinct words, in the order of
 * their first occurrence; removing a word removes every occurrence and keeps the text around it, so
 * that a tokenizer reading the result sees the remaining words unchanged.
 */
public final class Document {

  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private final String text;
  private final List<String> pieces;
  private final int[] wordOfPiece;
  private final List<String> words;
  private final int[] counts;

  private Document(String text) {
    this.text = text;
    List<String> parts = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    Matcher matcher = WORD.matcher(text);
    int end = 0;
    while (matcher.find()) {
      if (matcher.start() > end) {
        parts.add(text.substring(end, matcher.start()));
        owners.add(-1);
      }
      String word = matcher.group();
      Integer id = index.get(word);
      if (id == null) {
        id = index.size();
        index.put(word, id);
      }
      parts.add(word);
      owners.add(id);
      end = matcher.end();
    }
    if (end < text.length()) {
      parts.add(text.substring(end));
      owners.add(-1);
    }
    this.pieces = List.copyOf(parts);
    this.wordOfPiece = owners.stream().mapToInt(Integer::intValue).toArray();
    this.words = List.copyOf(index.keySet());
    this.counts = new int[words.size()];
    for (int owner : wordOfPiece) {
      if (owner >= 0) {
        counts[owner]++;
      }
    }
  }

  /**
   * Splits a text into words.
   *
   * @param text the document
   * @return the document
   */
  public static Document of(String text) {
    return new Document(Objects.requireNonNull(text, "text"));
  }

  /**
   * Splits every document into words, refusing a document without any.
   *
   * @param texts the documents
   * @return the split documents, in order
   * @throws IllegalArgumentException naming the first document (1-based) that has no word
   */
  public static List<Document> ofAll(List<String> texts) {
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("there are no documents to explain");
    }
    List<Document> documents = new ArrayList<>(texts.size());
    for (int d = 0; d < texts.size(); d++) {
      Document document = of(texts.get(d));
      if (document.words().isEmpty()) {
        throw new IllegalArgumentException(
            "document " + (d + 1) + " has no words to explain: '" + texts.get(d) + "'");
      }
      documents.add(document);
    }
    return documents;
  }

  /**
   * One numeric feature per distinct word, named after the word, for an explanation whose players
   * are the words.
   *
   * @return the features, in the order of {@link #words()}
   */
  public List<Feature> wordFeatures() {
    return words.stream().map(Feature::numeric).toList();
  }

  /**
   * How often each word occurs, as the feature values of an explanation.
   *
   * @return one count per word of {@link #words()}
   */
  public double[] wordCounts() {
    double[] values = new double[counts.length];
    for (int w = 0; w < counts.length; w++) {
      values[w] = counts[w];
    }
    return values;
  }

  /**
   * The original text.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * The distinct words, in the order of their first occurrence.
   *
   * @return an unmodifiable list
   */
  public List<String> words() {
    return words;
  }

  /**
   * How often a word occurs.
   *
   * @param word the word's position in {@link #words()}
   * @return the count, at least 1
   */
  public int count(int word) {
    return counts[word];
  }

  /**
   * The text with some words removed (every occurrence), everything else unchanged.
   *
   * @param keep for each word of {@link #words()}, whether it stays
   * @return the text
   * @throws IllegalArgumentException if {@code keep} is shorter than the word list
   */
  public String keeping(boolean[] keep) {
    if (keep.length < words.size()) {
      throw new IllegalArgumentException(
          "the mask has "
              + keep.length
              + " entries but the document has "
              + words.size()
              + " words");
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int p = 0; p < pieces.size(); p++) {
      int owner = wordOfPiece[p];
      if (owner < 0 || keep[owner]) {
        out.append(pieces.get(p));
      }
    }
    return out.toString();
  }
}
