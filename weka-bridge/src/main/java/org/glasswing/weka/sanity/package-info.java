/**
 * What the sanity checks need from Weka: retraining a classifier on permuted labels, and
 * randomising the parameters of the classifiers whose parameters Weka's public API exposes.
 */
package org.glasswing.weka.sanity;
