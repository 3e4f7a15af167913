package org.glasswing.core.methods;

import org.glasswing.core.explain.Explainer;

/** Builds a local method's explainer from its checked settings. */
@FunctionalInterface
public interface ExplainerFactory {

  /**
   * Builds the explainer.
   *
   * @param inputs the settings and data
   * @return the explainer
   * @throws IllegalArgumentException if the settings do not suit the data (say which and why)
   */
  Explainer create(MethodInputs inputs);
}
