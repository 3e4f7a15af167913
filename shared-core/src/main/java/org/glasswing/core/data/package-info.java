/**
 * Tabular data as the algorithms see it: a {@link org.glasswing.core.data.Schema} of named numeric
 * or nominal {@link org.glasswing.core.data.Feature features} and an immutable {@link
 * org.glasswing.core.data.Dataset} of double-encoded rows (NaN means missing, a nominal value is
 * the index of its label).
 */
package org.glasswing.core.data;
