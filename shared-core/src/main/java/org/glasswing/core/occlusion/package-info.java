/**
 * Occlusion (feature ablation): how much the model's output drops when a feature, a group of
 * features or a word is taken away. {@link org.glasswing.core.occlusion.Occlusion} replaces tabular
 * features by background values, {@link org.glasswing.core.occlusion.TextOcclusion} drops the words
 * of a document, and {@link org.glasswing.core.occlusion.FeatureGroups} reads groups of features
 * that are occluded together.
 */
package org.glasswing.core.occlusion;
