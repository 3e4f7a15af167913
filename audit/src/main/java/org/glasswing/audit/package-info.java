/**
 * The audit as a service: {@link org.glasswing.audit.Audit#run} makes the core report of a
 * classifier on a dataset from an {@link org.glasswing.audit.AuditPlan} (what to do, saved as JSON
 * so that the same audit can be run again) and {@link org.glasswing.audit.AuditInputs} (the trained
 * model, the rows and, for the sections that retrain, a learner). Every face calls it: the command
 * line's {@code glasswing audit}, and later the Weka Explorer and KNIME. It depends only on the
 * core and the Weka adapters.
 */
package org.glasswing.audit;
