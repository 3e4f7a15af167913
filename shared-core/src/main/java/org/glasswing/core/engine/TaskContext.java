package org.glasswing.core.engine;

import java.util.SplittableRandom;

/**
 * What the engine gives a method when it starts one task.
 *
 * @param index the task's index, from 0
 * @param random the task's own random stream, derived from the run's seed and the index only
 * @param batchRows how many model rows a batch should hold, roughly
 */
public record TaskContext(int index, SplittableRandom random, int batchRows) {}
