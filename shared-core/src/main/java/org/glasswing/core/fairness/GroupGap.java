package org.glasswing.core.fairness;

/**
 * A gap between groups, with its interval and the two groups it compares.
 *
 * @param metric the gap's metric
 * @param highest the group where the compared rate is highest
 * @param lowest the group where it is lowest
 * @param estimate the gap and its interval (groups held fixed in every resample)
 */
public record GroupGap(GapMetric metric, String highest, String lowest, Estimate estimate) {}
