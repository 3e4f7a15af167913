package org.glasswing.weka.serial;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BinaryOperator;
import weka.core.SerializationHelper;

/**
 * Reads untrusted Java-serialized models through a {@link ModelFilter}, and installs, for
 * launchers, a JVM-wide filter factory that extends the same filter to every {@link
 * ObjectInputStream} opened on the reading thread while a model is read, such as one a class's
 * {@code readObject} opens on bytes of its own.
 *
 * <p>A launcher that owns {@code main} (the command line, a Spark driver) calls {@link #install()}
 * first, before any stream exists. The factory applies the strict filter only inside {@link
 * #read}'s scope and returns the requested filter for every other stream, so the host's own
 * serialisation is untouched. Where no factory can be installed (inside Weka's GUI or KNIME, or
 * when another factory is set) {@link #read} still filters the model's own stream, and Glasswing's
 * classes open no nested streams.
 */
public final class UntrustedModels {

  /**
   * The stack of the thread a model is read on: 512 MiB, reserved rather than committed, so that
   * {@link SerialLimits#MAX_DEPTH} is reached before Java's serialisation overflows the stack
   * (about a kilobyte per level of nesting).
   */
  public static final long READER_STACK_BYTES = 512L << 20;

  private static final ThreadLocal<Scope> SCOPE = new ThreadLocal<>();
  private static final AtomicReference<Boolean> INSTALLED = new AtomicReference<>();

  /**
   * Reads a model's objects from an open stream.
   *
   * @param <T> what the reader returns
   */
  @FunctionalInterface
  public interface StreamReader<T> {
    /**
     * Reads from the filtered stream.
     *
     * @param objects the stream
     * @return the result
     * @throws IOException if reading fails
     * @throws ClassNotFoundException if a class is missing
     */
    T read(ObjectInputStream objects) throws IOException, ClassNotFoundException;
  }

  private UntrustedModels() {}

  /**
   * Installs the JVM-wide filter factory, if it can be. Idempotent; never throws.
   *
   * @return true if the factory is (now) installed, false if the JVM already had another factory or
   *     had created a stream, in which case {@link #read} filters only the outer stream
   */
  public static boolean install() {
    synchronized (INSTALLED) {
      if (INSTALLED.get() == null) {
        boolean done;
        try {
          ObjectInputFilter.Config.setSerialFilterFactory(factory());
          done = true;
        } catch (IllegalStateException | SecurityException e) {
          done = false;
        }
        INSTALLED.set(done);
      }
      return INSTALLED.get();
    }
  }

  /**
   * The factory {@link #install()} sets: the strict filter inside a scope, merged with whatever
   * filter a stream requests there; the requested filter outside. A launcher that sets a factory of
   * its own can delegate to this one.
   *
   * @return the factory
   */
  public static BinaryOperator<ObjectInputFilter> factory() {
    return (current, requested) -> {
      Scope scope = SCOPE.get();
      if (scope == null) {
        return requested;
      }
      if (requested instanceof ModelFilter) {
        return requested;
      }
      ObjectInputFilter strict = current instanceof ModelFilter ? current : scope.newFilter();
      return requested == null ? strict : ObjectInputFilter.merge(strict, requested);
    };
  }

  /**
   * Reads an untrusted model: decompressed bytes are counted and capped at {@link
   * SerialLimits#MAX_STREAM_BYTES}, classes outside the {@link SerialAllowList} are refused before
   * they are created, and the graph is held to the {@link SerialLimits}. Streams opened on this
   * thread during the read are filtered the same way if {@link #install()} succeeded. The read runs
   * on a thread of its own with a {@linkplain #READER_STACK_BYTES large stack}; the caller waits
   * for it (an interrupt interrupts the read).
   *
   * @param <T> what the reader returns
   * @param in the model's bytes, decompressed
   * @param allowList the classes allowed
   * @param reader reads the objects
   * @return what the reader returned
   * @throws RejectedModelException if a class or a limit was refused, naming it
   * @throws IOException if the stream cannot be read
   * @throws ClassNotFoundException if a class is missing
   */
  public static <T> T read(InputStream in, SerialAllowList allowList, StreamReader<T> reader)
      throws IOException, ClassNotFoundException {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(readInScope(in, allowList, reader));
              } catch (Throwable e) { // handed to the caller below
                failure.set(e);
              }
            },
            "glasswing-model-reader",
            READER_STACK_BYTES);
    thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      thread.interrupt();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the model");
    }
    Throwable e = failure.get();
    if (e == null) {
      return result.get();
    } else if (e instanceof IOException io) {
      throw io;
    } else if (e instanceof ClassNotFoundException missing) {
      throw missing;
    } else if (e instanceof RuntimeException runtime) {
      throw runtime;
    } else if (e instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(e);
  }

  private static <T> T readInScope(
      InputStream in, SerialAllowList allowList, StreamReader<T> reader)
      throws IOException, ClassNotFoundException {
    Scope scope = new Scope(allowList);
    SCOPE.set(scope);
    try (ObjectInputStream objects =
        SerializationHelper.getObjectInputStream(new CappedInputStream(in, scope::reject))) {
      if (!(objects.getObjectInputFilter() instanceof ModelFilter)) {
        objects.setObjectInputFilter(scope.newFilter());
      }
      T result = reader.read(objects);
      scope.throwIfRejected(null);
      return result;
    } catch (IOException | ClassNotFoundException | RuntimeException e) {
      scope.throwIfRejected(e);
      throw e;
    } finally {
      SCOPE.remove();
    }
  }

  /** One thread's read: the allow-list and the first reason for rejecting the model. */
  private static final class Scope {
    private final SerialAllowList allowList;
    private final AtomicReference<String> rejected = new AtomicReference<>();

    Scope(SerialAllowList allowList) {
      this.allowList = allowList;
    }

    ObjectInputFilter newFilter() {
      return new ModelFilter(allowList, this::reject);
    }

    void reject(String reason) {
      rejected.compareAndSet(null, reason);
    }

    void throwIfRejected(Exception cause) throws RejectedModelException {
      String reason = rejected.get();
      if (reason != null) {
        throw new RejectedModelException(reason, cause);
      }
    }
  }
}
