/**
 * Local explanations: the {@link org.glasswing.core.explain.Explainer} contract, the immutable
 * {@link org.glasswing.core.explain.Explanation} it returns, and how the explained output (the
 * target) is chosen.
 */
package org.glasswing.core.explain;
