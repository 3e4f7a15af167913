/**
 * Bridged loops: a core computation that asks a model for predictions (the audit service, partial
 * dependence) runs unchanged on its own thread, and a KNIME loop answers its requests with any
 * KNIME predictor: {@link org.glasswing.knime.bridge.BridgeLoopStartModel} emits the requested
 * rows, {@link org.glasswing.knime.bridge.BridgeLoopEndModel} hands the predictions back.
 */
package org.glasswing.knime.bridge;
