/**
 * Weka's Explorer "Explain" tab: global importance and a waterfall of one instance for a classifier
 * the user picks, computed off the Swing thread with the shared explanation code.
 */
package org.glasswing.weka.gui;
