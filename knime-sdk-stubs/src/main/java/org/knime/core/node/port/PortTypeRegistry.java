package org.knime.core.node.port;

/** Stub: hands out the port type of a port object class. */
public final class PortTypeRegistry {

  private static final PortTypeRegistry INSTANCE = new PortTypeRegistry();

  private PortTypeRegistry() {}

  /**
   * The registry.
   *
   * @return the single instance
   */
  public static PortTypeRegistry getInstance() {
    return INSTANCE;
  }

  /**
   * The non-optional port type of a port object class.
   *
   * @param portClass the class
   * @return its port type
   */
  public synchronized PortType getPortType(Class<? extends PortObject> portClass) {
    return getPortType(portClass, false);
  }

  /**
   * The port type of a port object class.
   *
   * @param portClass the class
   * @param isOptional whether the port may stay unconnected
   * @return its port type
   */
  public synchronized PortType getPortType(
      Class<? extends PortObject> portClass, boolean isOptional) {
    return new PortType(portClass, isOptional);
  }
}
