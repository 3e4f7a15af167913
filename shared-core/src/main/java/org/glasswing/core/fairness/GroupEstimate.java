package org.glasswing.core.fairness;

/**
 * One metric of one group, with its interval: one row of a fairness table.
 *
 * @param metric the metric
 * @param group the group's name
 * @param rows the group's rows
 * @param estimate the value and its interval
 */
public record GroupEstimate(GroupMetric metric, String group, int rows, Estimate estimate) {}
