/**
 * Explanation by example: the training rows nearest to a row ({@link
 * org.glasswing.core.examples.NearestExamples}), and prototypes and criticisms that summarise a
 * dataset ({@link org.glasswing.core.examples.MmdCritic}).
 */
package org.glasswing.core.examples;
