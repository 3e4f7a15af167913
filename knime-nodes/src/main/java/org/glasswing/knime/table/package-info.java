/**
 * Translation between KNIME tables and the Glasswing core's {@link
 * org.glasswing.core.data.Dataset}: numeric and string columns to numeric and nominal features,
 * synthetic rows back to cells.
 */
package org.glasswing.knime.table;
