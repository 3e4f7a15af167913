package org.glasswing.core.engine;

/**
 * Tells long work whether it should stop. The engine polls it between batches and then throws
 * {@link CancelledException}. An adapter can pass its host's check, for example {@code () ->
 * Thread.currentThread().isInterrupted()} or a KNIME execution monitor's.
 */
@FunctionalInterface
public interface CancellationToken {

  /** A token that never cancels. */
  CancellationToken NONE = () -> false;

  /**
   * Whether the work should stop.
   *
   * @return true once cancellation was asked for
   */
  boolean isCancelled();

  /**
   * Throws if cancellation was asked for.
   *
   * @throws CancelledException when {@link #isCancelled()} is true
   */
  default void throwIfCancelled() {
    if (isCancelled()) {
      throw new CancelledException();
    }
  }
}
