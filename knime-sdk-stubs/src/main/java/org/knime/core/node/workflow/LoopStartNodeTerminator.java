package org.knime.core.node.workflow;

/** Stub: a loop head that decides when the loop ends. */
public interface LoopStartNodeTerminator extends LoopStartNode {
  /**
   * Whether the loop is done.
   *
   * @return true after the last iteration
   */
  boolean terminateLoop();
}
