/**
 * Which training rows drove a prediction: the influence function of ridge-penalised logistic
 * regression ({@link org.glasswing.core.influence.LogisticInfluence}), computed exactly with the
 * Hessian at the fitted parameters ({@link org.glasswing.core.influence.RidgeLogistic}); and, for
 * any classifier, an approximate estimate from models trained on random subsets of the training
 * rows ({@link org.glasswing.core.influence.SubsampleInfluence}).
 */
package org.glasswing.core.influence;
