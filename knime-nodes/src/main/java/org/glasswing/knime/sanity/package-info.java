/** Sanity-check nodes: inputs for the checks that an explanation depends on what it should. */
package org.glasswing.knime.sanity;
