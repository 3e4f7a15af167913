/**
 * A neutral description of decision trees and tree ensembles that the core can explain exactly:
 * {@link org.glasswing.core.tree.DecisionTree} (splits on one input column, per-branch cover and
 * missing-value weights, one value per model output at each leaf) and {@link
 * org.glasswing.core.tree.TreeEnsemble}, a {@link org.glasswing.core.model.Model} that combines
 * trees the way the host library does. Adapters translate their host's trees into this form; the
 * tree-specific Shapley algorithm is {@link org.glasswing.core.shapley.TreeShap}.
 */
package org.glasswing.core.tree;
