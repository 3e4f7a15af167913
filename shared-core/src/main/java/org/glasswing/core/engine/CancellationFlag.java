package org.glasswing.core.engine;

/** A {@link CancellationToken} that is cancelled by calling {@link #cancel()}, from any thread. */
public final class CancellationFlag implements CancellationToken {

  private volatile boolean cancelled;

  /** Creates a flag that is not yet cancelled. */
  public CancellationFlag() {}

  /** Asks the work that polls this flag to stop. */
  public void cancel() {
    cancelled = true;
  }

  @Override
  public boolean isCancelled() {
    return cancelled;
  }
}
