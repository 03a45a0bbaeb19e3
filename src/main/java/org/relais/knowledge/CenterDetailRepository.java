package org.relais.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The center's details in MariaDB. */
@ApplicationScoped
public class CenterDetailRepository {
  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  public List<CenterDetail> all() {
    return entityManager
        .createQuery(
            "select distinct d from CenterDetail d left join fetch d.translations order by d.name",
            CenterDetail.class)
        .getResultList();
  }

  public Optional<CenterDetail> find(String name) {
    return Optional.ofNullable(entityManager.find(CenterDetail.class, name));
  }

  /**
   * Sets a detail's French value, creating the detail if needed.
   *
   * @return the languages whose translation went with the old value
   */
  @Transactional
  public Set<String> put(String name, String value) {
    CenterDetail detail = entityManager.find(CenterDetail.class, name);
    if (detail == null) {
      entityManager.persist(new CenterDetail(name, value));
      return Set.of();
    }
    return detail.change(value);
  }

  /** Sets a detail's value in another language; blank removes it. No such detail: nothing. */
  @Transactional
  public void translate(String name, String language, String value) {
    find(name).ifPresent(detail -> detail.translate(language, value));
  }
}
