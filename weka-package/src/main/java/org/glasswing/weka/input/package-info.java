/**
 * Reading data files strictly: text decoding with byte-order marks and a chosen character set, CSV
 * with a detected delimiter, and checks that reject values a model cannot learn from.
 */
package org.glasswing.weka.input;
