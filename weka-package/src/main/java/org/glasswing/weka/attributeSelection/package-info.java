/** Weka attribute evaluators that rank attributes by Glasswing's importance measures. */
package org.glasswing.weka.attributeSelection;
