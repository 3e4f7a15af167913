/**
 * Example-based nodes: the 2-D map of rows, the nearest training rows of each row, and prototypes
 * and criticisms.
 */
package org.glasswing.knime.examples;
