/**
 * How certain a classifier is, and how far its probabilities can be trusted: per-row scores ({@link
 * org.glasswing.core.uncertainty.PredictiveScores}), calibration metrics and calibrators ({@link
 * org.glasswing.core.uncertainty.CalibrationMetrics}, {@link
 * org.glasswing.core.uncertainty.PlattScaling}, {@link
 * org.glasswing.core.uncertainty.IsotonicCalibration}, {@link
 * org.glasswing.core.uncertainty.TemperatureScaling}), split conformal prediction ({@link
 * org.glasswing.core.uncertainty.SplitConformalClassifier}, {@link
 * org.glasswing.core.uncertainty.ConformalRegressor}), ensemble disagreement ({@link
 * org.glasswing.core.uncertainty.EnsembleDisagreement}) and out-of-distribution scores ({@link
 * org.glasswing.core.uncertainty.OutOfDistribution}).
 *
 * <p>Everything here works on numbers the adapters supply (class-probability vectors, actual class
 * indices, rows of a {@link org.glasswing.core.data.Dataset}); nothing trains a model.
 */
package org.glasswing.core.uncertainty;
