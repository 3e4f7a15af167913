/**
 * Prediction-table nodes: calibration metrics, calibrators, conformal prediction sets and
 * uncertainty scores, read from the class and probability columns every KNIME predictor writes.
 */
package org.glasswing.knime.uncertainty;
