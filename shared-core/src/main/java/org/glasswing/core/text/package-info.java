/**
 * Text as the explainers see it: a {@link org.glasswing.core.text.TextModel} that scores raw
 * documents, a {@link org.glasswing.core.text.Document} split into words (the players of a text
 * explanation), the {@link org.glasswing.core.text.TextExplainer} contract, and {@link
 * org.glasswing.core.text.DocumentMasks}, which lets the {@link
 * org.glasswing.core.engine.EvaluationEngine} drive a text model with rows of word masks.
 */
package org.glasswing.core.text;
