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
   * A token that cancels when the thread that calls this method is interrupted (as by Ctrl-C in the
   * command line or Weka's Stop button), or when the thread that checks it is.
   *
   * @return the token
   */
  static CancellationToken ofCallingThread() {
    Thread caller = Thread.currentThread();
    return () -> caller.isInterrupted() || Thread.currentThread().isInterrupted();
  }

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
