/**
 * Data maps: two-dimensional pictures of a dataset by principal components ({@link
 * org.glasswing.core.embedding.Pca}), classical multidimensional scaling ({@link
 * org.glasswing.core.embedding.ClassicalMds}) and t-SNE ({@link
 * org.glasswing.core.embedding.Tsne}), with how well each keeps neighbours ({@link
 * org.glasswing.core.embedding.Trustworthiness}).
 */
package org.glasswing.core.embedding;
