/**
 * The local attribution methods by the names the command line and the wrappers use, so that a front
 * end offers every method through one registry and a new method is one registration.
 */
package org.glasswing.core.methods;
