package org.glasswing.weka.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.BeanInfo;
import java.beans.Introspector;
import java.beans.MethodDescriptor;
import java.beans.PropertyDescriptor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.glasswing.weka.attributeSelection.MeanShapleyAttributeEval;
import org.glasswing.weka.filters.AddExplanation;
import org.glasswing.weka.knowledgeflow.ExplainerStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Weka's GUI finds a scheme's properties and tip texts by bean introspection; the method options
 * are default methods of {@link ExplanationProperties}, so each scheme must still show them. Before
 * JDK 17.0.14 (JDK-8071693) the Introspector ignores default interface methods, so each scheme must
 * also declare its accessors and tip texts in a class, which is checked on any JDK.
 */
class ExplanationPropertiesBeanTest {

  private static final String[] PROPERTIES = {
    "method", "budget", "backgroundSize", "seed", "numThreads", "methodSettings"
  };

  @ParameterizedTest
  @ValueSource(
      classes = {AddExplanation.class, MeanShapleyAttributeEval.class, ExplainerStep.class})
  void theGuiSeesEveryMethodPropertyWithItsTipText(Class<?> scheme) throws Exception {
    BeanInfo info = Introspector.getBeanInfo(scheme);
    Map<String, PropertyDescriptor> properties =
        Arrays.stream(info.getPropertyDescriptors())
            .collect(Collectors.toMap(PropertyDescriptor::getName, Function.identity()));
    Object bean = scheme.getConstructor().newInstance();
    for (String name : PROPERTIES) {
      PropertyDescriptor p = properties.get(name);
      assertNotNull(p, scheme.getSimpleName() + " lacks " + name);
      assertNotNull(p.getReadMethod(), name);
      assertNotNull(p.getWriteMethod(), name);
      MethodDescriptor tip =
          Arrays.stream(info.getMethodDescriptors())
              .filter(m -> m.getName().equals(name + "TipText"))
              .findFirst()
              .orElseThrow();
      String text = (String) tip.getMethod().invoke(bean);
      assertEquals(((ExplanationProperties) bean).explanation().tipText(name), text);
      assertTrue(!text.isBlank(), name);
    }
  }

  @ParameterizedTest
  @ValueSource(
      classes = {AddExplanation.class, MeanShapleyAttributeEval.class, ExplainerStep.class})
  void everyAccessorAndTipTextIsDeclaredInAClassNotOnlyInTheInterface(Class<?> scheme)
      throws Exception {
    Map<String, PropertyDescriptor> properties =
        Arrays.stream(Introspector.getBeanInfo(scheme).getPropertyDescriptors())
            .collect(Collectors.toMap(PropertyDescriptor::getName, Function.identity()));
    for (String name : PROPERTIES) {
      PropertyDescriptor p = properties.get(name);
      assertNotNull(p, scheme.getSimpleName() + " lacks " + name);
      Method read = scheme.getMethod(p.getReadMethod().getName());
      Method write = scheme.getMethod(p.getWriteMethod().getName(), p.getPropertyType());
      Method tip = scheme.getMethod(name + "TipText");
      for (Method m : new Method[] {read, write, tip}) {
        assertFalse(
            m.getDeclaringClass().isInterface(),
            scheme.getSimpleName()
                + "."
                + m.getName()
                + " is declared only in "
                + m.getDeclaringClass().getSimpleName()
                + "; an Introspector before JDK 17.0.14 would not see it");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      classes = {AddExplanation.class, MeanShapleyAttributeEval.class, ExplainerStep.class})
  void aSetterReachesTheSharedDelegate(Class<?> scheme) throws Exception {
    ExplanationProperties bean = (ExplanationProperties) scheme.getConstructor().newInstance();
    bean.setMethod("kernel-shap");
    bean.setBudget(300);
    bean.setNumThreads(2);
    assertEquals("kernel-shap", bean.explanation().getMethod());
    assertEquals(300, bean.getBudget());
    assertEquals(2, bean.explanation().getThreads());
  }
}
