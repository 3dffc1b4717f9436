package org.totalplace.platform.control;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.enterprise.inject.spi.CDI;
import java.util.AbstractMap;
import java.util.Set;

/**
 * The app's {@code @Named} beans as Flowable sees them in expressions such as {@code
 * ${referralClocks.overdue(execution, 'decide')}}, looked up when a process reaches them. There is
 * no flowable-cdi for Flowable 7, and a fixed map would tie the engine to every component.
 */
final class NamedBeans extends AbstractMap<Object, Object> {

  @Override
  public boolean containsKey(Object name) {
    return name instanceof String && lookup((String) name).isResolvable();
  }

  @Override
  public Object get(Object name) {
    if (!(name instanceof String)) {
      return null;
    }
    Instance<Object> bean = lookup((String) name);
    return bean.isResolvable() ? bean.get() : null;
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    // Flowable only asks for beans by name; listing every bean of the app is never needed.
    return Set.of();
  }

  private static Instance<Object> lookup(String name) {
    return CDI.current().select(Object.class, NamedLiteral.of(name));
  }
}
