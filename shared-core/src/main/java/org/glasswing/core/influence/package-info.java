/**
 * Which training rows drove a prediction: the influence function of ridge-penalised logistic
 * regression ({@link org.glasswing.core.influence.LogisticInfluence}), computed exactly with the
 * Hessian at the fitted parameters ({@link org.glasswing.core.influence.RidgeLogistic}).
 */
package org.glasswing.core.influence;
