package org.relais.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The center's details in MariaDB. */
@ApplicationScoped
public class CenterDetailRepository {
  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  public List<CenterDetail> all() {
    return entityManager
        .createQuery("select d from CenterDetail d order by d.name", CenterDetail.class)
        .getResultList();
  }

  public Optional<CenterDetail> find(String name) {
    return Optional.ofNullable(entityManager.find(CenterDetail.class, name));
  }

  @Transactional
  public CenterDetail put(String name, String value) {
    CenterDetail detail = entityManager.find(CenterDetail.class, name);
    if (detail == null) {
      detail = new CenterDetail(name, value);
      entityManager.persist(detail);
    } else {
      detail.change(value);
    }
    return detail;
  }
}
