/**
 * Glasswing's shared core: the algorithms that explain a classifier, sanity-check explanations and
 * score uncertainty, written once and free of Weka, KNIME and Swing.
 *
 * <p>Adapters translate their host's data into a {@link org.glasswing.core.data.Dataset}, their
 * host's model into a {@link org.glasswing.core.model.Model}, and present the immutable results.
 */
package org.glasswing.core;
