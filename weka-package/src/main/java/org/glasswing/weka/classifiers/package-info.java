/**
 * Weka meta-classifiers around any base learner: {@link
 * org.glasswing.weka.classifiers.CalibratedClassifier} recalibrates its class probabilities and
 * {@link org.glasswing.weka.classifiers.ConformalClassifier} adds conformal prediction sets. They
 * only translate between Weka and the core's {@code org.glasswing.core.uncertainty}.
 */
package org.glasswing.weka.classifiers;
