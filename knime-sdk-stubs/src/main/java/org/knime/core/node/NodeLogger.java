package org.knime.core.node;

/** Stub: a logger that writes through the platform logger. */
public final class NodeLogger {

  private final System.Logger logger;

  private NodeLogger(String name) {
    this.logger = System.getLogger(name);
  }

  /**
   * The logger of a class.
   *
   * @param c the class
   * @return the logger
   */
  public static NodeLogger getLogger(Class<?> c) {
    return new NodeLogger(c.getName());
  }

  /**
   * The logger of a name.
   *
   * @param s the name
   * @return the logger
   */
  public static NodeLogger getLogger(String s) {
    return new NodeLogger(s);
  }

  /**
   * Logs at debug level.
   *
   * @param o the message
   */
  public void debug(Object o) {
    logger.log(System.Logger.Level.DEBUG, String.valueOf(o));
  }

  /**
   * Logs at info level.
   *
   * @param o the message
   */
  public void info(Object o) {
    logger.log(System.Logger.Level.INFO, String.valueOf(o));
  }

  /**
   * Logs at warning level.
   *
   * @param o the message
   */
  public void warn(Object o) {
    logger.log(System.Logger.Level.WARNING, String.valueOf(o));
  }

  /**
   * Logs at error level.
   *
   * @param o the message
   */
  public void error(Object o) {
    logger.log(System.Logger.Level.ERROR, String.valueOf(o));
  }
}
