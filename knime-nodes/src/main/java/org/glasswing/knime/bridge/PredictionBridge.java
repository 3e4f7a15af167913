package org.glasswing.knime.bridge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * Carries the prediction requests of a core computation running on its own thread (the audit, a
 * partial dependence profile), to the KNIME loop and the loop's answers back. The computation's
 * thread calls {@link #predict} and blocks; the loop start takes the request ({@link #take}), the
 * user's predictor scores it, and the loop end hands the scores back ({@link #answer}) and waits
 * ({@link #awaitRequestOrEnd}) for the next request or the end of the computation. Rows already
 * answered are answered again from memory (a predictor is a function of its row), so a computation
 * that predicts the same rows several times sends them once. Thread-safe; closing it ({@link
 * #close}) cancels the computation.
 */
public final class PredictionBridge {

  /** How many answered rows are kept for reuse; older ones are forgotten first. */
  public static final int CACHE_ROWS = 200_000;

  private static final long POLL_MILLIS = 100;

  private final Object lock = new Object();
  private final Map<Key, double[]> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, double[]> eldest) {
          return size() > CACHE_ROWS;
        }
      };
  private double[][] pending;
  private boolean taken;
  private double[][] answer;
  private boolean finished;
  private boolean closed;
  private long requests;
  private long sentRows;
  private volatile String step = "starting";
  private volatile double progress;

  /** A row's values as a map key. */
  private record Key(double[] values) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  /**
   * Predicts rows through the loop; called on the computation's thread, which blocks until the loop
   * answers.
   *
   * @param rows the rows, encoded as the computation's model reads them
   * @return one prediction per row
   * @throws CancelledException if the bridge was closed (the node was cancelled or reset)
   */
  public double[][] predict(double[][] rows) {
    double[][] out = new double[rows.length][];
    Map<Key, List<Integer>> unknown = new LinkedHashMap<>();
    synchronized (lock) {
      for (int r = 0; r < rows.length; r++) {
        Key key = new Key(rows[r].clone());
        double[] known = cache.get(key);
        if (known != null) {
          out[r] = known.clone();
        } else {
          unknown.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
      }
      if (unknown.isEmpty()) {
        return out;
      }
      double[][] request = unknown.keySet().stream().map(Key::values).toArray(double[][]::new);
      double[][] answered = exchange(request);
      int i = 0;
      for (Map.Entry<Key, List<Integer>> e : unknown.entrySet()) {
        cache.put(e.getKey(), answered[i].clone());
        for (int r : e.getValue()) {
          out[r] = answered[i].clone();
        }
        i++;
      }
    }
    return out;
  }

  private double[][] exchange(double[][] request) {
    try {
      while (pending != null && !closed) {
        lock.wait(); // another worker thread's request is out
      }
      if (closed) {
        throw new CancelledException();
      }
      pending = request;
      taken = false;
      answer = null;
      requests++;
      sentRows += request.length;
      lock.notifyAll();
      while (answer == null && !closed) {
        lock.wait();
      }
      if (closed) {
        throw new CancelledException();
      }
      double[][] result = answer;
      pending = null;
      answer = null;
      lock.notifyAll();
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    }
  }

  /**
   * Waits on the KNIME thread until the computation asks for predictions or ends, checking the
   * node's cancellation (and closing the bridge when cancelled) and showing the computation's step.
   *
   * @param exec the node's monitor
   * @return true if a request waits to be sent, false if the computation ended
   * @throws CanceledExecutionException if the node was cancelled
   */
  boolean awaitRequestOrEnd(ExecutionMonitor exec) throws CanceledExecutionException {
    synchronized (lock) {
      while (!finished && (pending == null || taken)) {
        try {
          exec.checkCanceled();
        } catch (CanceledExecutionException e) {
          close();
          throw e;
        }
        exec.setMessage(step);
        try {
          lock.wait(POLL_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          close();
          throw new CanceledExecutionException("interrupted while the loop's computation ran");
        }
      }
      return !finished;
    }
  }

  /**
   * The waiting request, for the loop start to send out.
   *
   * @return the rows
   * @throws IllegalStateException if no request waits
   */
  double[][] take() {
    synchronized (lock) {
      if (pending == null || taken) {
        throw new IllegalStateException("the computation has not asked for predictions");
      }
      taken = true;
      return pending.clone();
    }
  }

  /**
   * Whether the sent-out request waits for its answer.
   *
   * @return true between {@link #take} and {@link #answer}
   */
  boolean awaitingAnswer() {
    synchronized (lock) {
      return pending != null && taken && answer == null;
    }
  }

  /**
   * Hands the loop's predictions of the sent-out request back to the computation.
   *
   * @param predictions one per sent row, in order
   * @throws IllegalStateException if no request is out or the count differs
   */
  void answer(double[][] predictions) {
    synchronized (lock) {
      if (!awaitingAnswer()) {
        throw new IllegalStateException("no prediction request is out");
      }
      if (predictions.length != pending.length) {
        throw new IllegalStateException(
            predictions.length + " predictions for " + pending.length + " rows");
      }
      answer = predictions.clone();
      lock.notifyAll();
    }
  }

  /** Marks the computation as ended (called by its thread, whether it succeeded or failed). */
  void finish() {
    synchronized (lock) {
      finished = true;
      lock.notifyAll();
    }
  }

  /**
   * Whether the computation ended.
   *
   * @return true once {@link #finish} was called
   */
  public boolean isFinished() {
    synchronized (lock) {
      return finished;
    }
  }

  /**
   * Cancels the computation: a waiting or later {@link #predict} throws {@link CancelledException}.
   */
  void close() {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
  }

  /**
   * The computation's cancellation: true once the bridge is closed.
   *
   * @return the token
   */
  public CancellationToken token() {
    return () -> {
      synchronized (lock) {
        return closed;
      }
    };
  }

  /**
   * Shows what the computation does, for the node's status line.
   *
   * @param message the step
   */
  public void step(String message) {
    step = message;
  }

  /**
   * Shows how far the running step is, for the node's progress bar.
   *
   * @param fraction a fraction in [0, 1]
   */
  public void progress(double fraction) {
    progress = fraction;
  }

  /**
   * How far the running step is.
   *
   * @return a fraction in [0, 1]
   */
  double progress() {
    return Math.max(0, Math.min(1, progress));
  }

  /**
   * The requests sent through the loop so far.
   *
   * @return the count
   */
  public long requests() {
    synchronized (lock) {
      return requests;
    }
  }

  /**
   * The distinct rows sent through the loop so far.
   *
   * @return the count
   */
  public long sentRows() {
    synchronized (lock) {
      return sentRows;
    }
  }
}
