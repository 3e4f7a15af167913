/**
 * Global views of any KNIME predictor: the Partial Dependence loop (PDP, ICE and ALE curves), a
 * bridged loop over the core's {@link org.glasswing.core.global.PartialDependence}.
 */
package org.glasswing.knime.global;
