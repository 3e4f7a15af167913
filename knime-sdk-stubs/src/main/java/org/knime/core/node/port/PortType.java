package org.knime.core.node.port;

import java.util.Objects;

/** Stub: the type of a node port, obtained from the {@link PortTypeRegistry}. */
public final class PortType {

  private final Class<? extends PortObject> objectClass;
  private final boolean optional;

  PortType(Class<? extends PortObject> objectClass, boolean optional) {
    this.objectClass = objectClass;
    this.optional = optional;
  }

  /**
   * The port's name.
   *
   * @return the simple name of the object class
   */
  public String getName() {
    return objectClass.getSimpleName();
  }

  /**
   * The class of the objects the port carries.
   *
   * @return the class
   */
  public Class<? extends PortObject> getPortObjectClass() {
    return objectClass;
  }

  /**
   * Whether the port may stay unconnected.
   *
   * @return true when optional
   */
  public boolean isOptional() {
    return optional;
  }

  /**
   * Whether an object may travel through a port of this type.
   *
   * @param obj the object
   * @return true when it is an instance of the object class
   */
  public boolean acceptsPortObject(PortObject obj) {
    return objectClass.isInstance(obj);
  }

  @Override
  public String toString() {
    return getName() + (optional ? " (optional)" : "");
  }

  @Override
  public int hashCode() {
    return Objects.hash(objectClass, optional);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PortType other
        && other.objectClass == objectClass
        && other.optional == optional;
  }
}
