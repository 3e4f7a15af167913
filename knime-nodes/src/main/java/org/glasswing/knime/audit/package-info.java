/**
 * The Audit Report loop: the audit service ({@link org.glasswing.audit.Audit#run}) run on a KNIME
 * table with any KNIME predictor inside a loop, writing the same HTML report as {@code glasswing
 * audit}.
 */
package org.glasswing.knime.audit;
