/**
 * Reading Weka's tree models (J48, REPTree, RandomTree, RandomForest) into the core's neutral
 * {@link org.glasswing.core.tree.TreeEnsemble}, so that {@link org.glasswing.core.shapley.TreeShap}
 * can explain them exactly. Weka keeps the tree structure in protected fields; {@link
 * org.glasswing.weka.tree.WekaTreeReader} is the one class that reads them, by reflection.
 */
package org.glasswing.weka.tree;
