package org.relais.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The intents in MariaDB. */
@ApplicationScoped
public class IntentRepository {
  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Transactional
  public List<Intent> all() {
    return entityManager
        .createQuery("select i from Intent i order by i.id", Intent.class)
        .getResultList();
  }

  @Transactional
  public long count() {
    return entityManager.createQuery("select count(i) from Intent i", Long.class).getSingleResult();
  }

  @Transactional
  public void add(Intent intent) {
    entityManager.persist(intent);
  }
}
