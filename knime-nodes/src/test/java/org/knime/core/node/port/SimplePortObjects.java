package org.knime.core.node.port;

import java.lang.reflect.Modifier;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.ModelContent;

/**
 * Saves a simple port object and its spec to model content and loads them into fresh instances made
 * with their public no-arg constructors, as KNIME does when a workflow is saved and reopened;
 * checks the nested serializers KNIME looks up by reflection. Lives in the stubs' package (test
 * scope) to reach the protected save and load methods.
 */
public final class SimplePortObjects {

  private SimplePortObjects() {}

  /** A copy of the object through its saved content. */
  public static <T extends AbstractSimplePortObject> T roundTrip(T object) throws Exception {
    AbstractSimplePortObjectSpec spec = (AbstractSimplePortObjectSpec) object.getSpec();
    checkSerializer(
        object.getClass(), AbstractSimplePortObject.AbstractSimplePortObjectSerializer.class);
    checkSerializer(
        spec.getClass(), AbstractSimplePortObjectSpec.AbstractSimplePortObjectSpecSerializer.class);
    ModelContent specContent = new ModelContent("spec");
    spec.save(specContent);
    AbstractSimplePortObjectSpec specCopy = spec.getClass().getConstructor().newInstance();
    specCopy.load(specContent);
    ModelContent content = new ModelContent("object");
    object.save(content, new ExecutionMonitor());
    @SuppressWarnings("unchecked")
    T copy = (T) object.getClass().getConstructor().newInstance();
    copy.load(content, specCopy, new ExecutionMonitor());
    return copy;
  }

  private static void checkSerializer(Class<?> type, Class<?> base) throws Exception {
    Class<?> serializer = Class.forName(type.getName() + "$Serializer");
    if (!base.isAssignableFrom(serializer)
        || !Modifier.isPublic(serializer.getModifiers())
        || !Modifier.isStatic(serializer.getModifiers())) {
      throw new AssertionError(type + " needs a public static nested Serializer extending " + base);
    }
    serializer.getConstructor().newInstance();
  }
}
