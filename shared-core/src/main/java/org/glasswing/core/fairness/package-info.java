/**
 * Whether a classifier treats the groups of a protected attribute differently: the groups ({@link
 * org.glasswing.core.fairness.ProtectedGroups}, named by {@link
 * org.glasswing.core.fairness.ProtectedAttribute}), the per-group rates and the gaps between groups
 * with bootstrap intervals ({@link org.glasswing.core.fairness.FairnessAudit}), and a verdict in
 * plain words ({@link org.glasswing.core.fairness.FairnessVerdict}). Works on out-of-sample
 * predictions the adapters supply; nothing here trains a model.
 */
package org.glasswing.core.fairness;
