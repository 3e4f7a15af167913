/**
 * The one loop start and loop end that every Glasswing explainer loop is made of: a {@link
 * org.glasswing.knime.loop.LoopMethod} turns the settings and the input tables into row jobs (the
 * synthetic rows the user's predictor must score) and the answers into result tables; {@link
 * org.glasswing.knime.loop.LoopStartModel} sends the rows out round by round and {@link
 * org.glasswing.knime.loop.LoopEndModel} reads the predictions back, with one reader of the
 * prediction columns for every loop. {@link org.glasswing.knime.loop.CatalogueSettings} derives a
 * loop's method settings from the core's method catalogue.
 */
package org.glasswing.knime.loop;
