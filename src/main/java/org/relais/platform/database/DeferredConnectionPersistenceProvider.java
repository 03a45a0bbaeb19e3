package org.relais.platform.database;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceProvider;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.ProviderUtil;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * EclipseLink, except that creating an entity manager never needs the database.
 *
 * <p>Why: at deployment Payara creates one entity manager "to trigger validation", and EclipseLink
 * logs in to the database then (it offers no setting to defer this for container factories). With
 * the database down, the deployment would fail and {@code /health/ready} could not say why. Until
 * {@link DatabaseGate} opens, entity managers are created on their first real use instead; after
 * that, EclipseLink's own are returned unchanged.
 */
public class DeferredConnectionPersistenceProvider implements PersistenceProvider {
  private final PersistenceProvider eclipseLink =
      new org.eclipse.persistence.jpa.PersistenceProvider();

  @Override
  public EntityManagerFactory createContainerEntityManagerFactory(
      PersistenceUnitInfo info, @SuppressWarnings("rawtypes") Map map) {
    Map<Object, Object> properties = new HashMap<>();
    if (map != null) {
      properties.putAll(map);
    }
    // Payara adds this only when it recognises EclipseLink's own provider class.
    properties.putIfAbsent("eclipselink.target-server", "Glassfish");
    return deferring(eclipseLink.createContainerEntityManagerFactory(info, properties));
  }

  @Override
  public EntityManagerFactory createEntityManagerFactory(
      String unit, @SuppressWarnings("rawtypes") Map map) {
    return eclipseLink.createEntityManagerFactory(unit, map);
  }

  @Override
  public void generateSchema(PersistenceUnitInfo info, @SuppressWarnings("rawtypes") Map map) {
    eclipseLink.generateSchema(info, map);
  }

  @Override
  public boolean generateSchema(String unit, @SuppressWarnings("rawtypes") Map map) {
    return eclipseLink.generateSchema(unit, map);
  }

  @Override
  public ProviderUtil getProviderUtil() {
    return eclipseLink.getProviderUtil();
  }

  private static EntityManagerFactory deferring(EntityManagerFactory factory) {
    return (EntityManagerFactory)
        Proxy.newProxyInstance(
            EntityManagerFactory.class.getClassLoader(),
            new Class<?>[] {EntityManagerFactory.class},
            (proxy, method, args) -> {
              if (method.getName().equals("createEntityManager") && !DatabaseGate.isOpen()) {
                return connectingOnFirstUse(
                    () -> invoke(factory, method, args), (EntityManagerFactory) proxy);
              }
              return invoke(factory, method, args);
            });
  }

  private static EntityManager connectingOnFirstUse(
      Supplier<Object> create, EntityManagerFactory factory) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            new java.lang.reflect.InvocationHandler() {
              private EntityManager target;
              private boolean closed;

              @Override
              public Object invoke(Object proxy, Method method, Object[] args) {
                if (target == null) {
                  switch (method.getName()) {
                    case "close":
                      closed = true;
                      return null;
                    case "isOpen":
                      return !closed;
                    case "getEntityManagerFactory":
                      return factory;
                    default:
                      target = (EntityManager) create.get();
                  }
                }
                return DeferredConnectionPersistenceProvider.invoke(target, method, args);
              }
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
