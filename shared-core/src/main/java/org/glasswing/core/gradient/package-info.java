/**
 * Gradient explanations of differentiable models (neural networks): the {@link
 * org.glasswing.core.gradient.DifferentiableModel} contract an adapter implements, and the methods
 * that run on it: saliency, gradient times input, SmoothGrad, Integrated Gradients and Grad-CAM.
 * Images are rows whose input attributes are pixels in the order an {@link
 * org.glasswing.core.gradient.ImageShape} declares; {@link
 * org.glasswing.core.gradient.SyntheticImages} generates such data with a known evidence region.
 */
package org.glasswing.core.gradient;
