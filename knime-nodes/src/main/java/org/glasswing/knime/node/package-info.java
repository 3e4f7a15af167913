/** What every Glasswing node shares: the factory of a node with a dialog. */
package org.glasswing.knime.node;
