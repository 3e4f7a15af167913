/**
 * Weka evaluation-metric plugins: calibration metrics (ECE, MCE, Brier score, NLL) computed by the
 * core from the evaluation's predictions, and conformal coverage and mean set size when the
 * evaluated classifier is a {@link org.glasswing.weka.classifiers.ConformalClassifier}. Registered
 * in the package's {@code PluginManager.props}, they are printed in the Explorer's and the command
 * line's evaluation output and become result columns in the Experimenter.
 */
package org.glasswing.weka.evaluation;
