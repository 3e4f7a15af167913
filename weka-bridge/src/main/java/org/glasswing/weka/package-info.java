/**
 * Weka adapters: Weka's {@code Instances} to the core's datasets, a Weka {@code Classifier} to the
 * core's model, and loading saved models safely.
 */
package org.glasswing.weka;
