/**
 * The {@link org.glasswing.core.model.Model} abstraction: anything that maps a batch of rows to
 * class probabilities or numeric predictions, whether a Weka classifier, a KNIME loop or a network.
 */
package org.glasswing.core.model;
