/**
 * Weka filters that add Glasswing's results to a dataset as new attributes, for the Explorer's
 * Preprocess tab, {@code weka.Run}, {@code FilteredClassifier} and the Knowledge Flow.
 */
package org.glasswing.weka.filters;
