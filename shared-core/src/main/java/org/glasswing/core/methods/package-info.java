/**
 * The method catalogue: the one list of Glasswing's methods. Each method is described once by a
 * {@link org.glasswing.core.methods.MethodSpec} (name, family, the question it answers, parameters
 * with defaults and ranges, citation, requirements, and for a local method how to build it); the
 * command line, the Weka schemes and the KNIME nodes derive their options from it, so the same
 * settings give the same numbers on every face. A new method is one more spec.
 */
package org.glasswing.core.methods;
