package org.glasswing.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs worker loops on daemon threads of a pool that lives for one run, rethrowing failures. */
final class WorkerPool {

  private WorkerPool() {}

  /**
   * Runs every loop on its own thread and waits for all of them.
   *
   * @param loops the worker loops, one thread each
   * @param abort tells the other loops to stop when one fails or the wait is interrupted
   * @throws CancelledException if the calling thread is interrupted
   */
  static void runAll(List<Runnable> loops, Runnable abort) {
    ExecutorService pool = Executors.newFixedThreadPool(loops.size(), WorkerPool::daemon);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable loop : loops) {
        futures.add(pool.submit(loop));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          abort.run();
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
          abort.run();
          Thread.currentThread().interrupt();
          throw new CancelledException();
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "glasswing-worker");
    thread.setDaemon(true);
    return thread;
  }
}
