/**
 * The one home for resampling and retraining: row-index plans (k-fold and stratified k-fold
 * cross-validation, a hold-out split by fraction, bootstrap and subsample draws), every random
 * choice taken from {@link org.glasswing.core.engine.RandomStreams} so that a plan depends on its
 * seed alone, and the {@link org.glasswing.core.resample.ModelTrainer} through which methods ask an
 * adapter to train a model on a {@link org.glasswing.core.resample.TrainingSet}. Adapters apply the
 * plans to their own data structures (Weka {@code Instances}, KNIME tables).
 */
package org.glasswing.core.resample;
