/**
 * The Deeplearning4j bridge: {@link org.glasswing.deep.DeepNetClassifier}, a Weka classifier that
 * trains a multilayer perceptron or a small convolutional network, and {@link
 * org.glasswing.deep.NetworkModel}, which exposes a trained network to the core as a {@link
 * org.glasswing.core.gradient.DifferentiableModel} (exact input and layer gradients, activations).
 * This module is the only one that depends on Deeplearning4j.
 */
package org.glasswing.deep;
