/**
 * Models that are interpretable by construction: the explainable boosting machine ({@link
 * org.glasswing.core.glassbox.ExplainableBoosting}, a GA2M of per-feature and pairwise shape
 * functions, {@link org.glasswing.core.glassbox.AdditiveModel}), whose contributions are exact.
 */
package org.glasswing.core.glassbox;
