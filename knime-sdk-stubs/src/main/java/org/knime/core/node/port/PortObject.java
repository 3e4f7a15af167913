package org.knime.core.node.port;

/** Stub: what a port carries at execution time. */
public interface PortObject {
  /**
   * A short summary.
   *
   * @return the summary
   */
  String getSummary();

  /**
   * The object's spec.
   *
   * @return the spec
   */
  PortObjectSpec getSpec();
}
