package org.relais.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Staff members in MariaDB. Callers own the transaction. */
@ApplicationScoped
public class StaffRepository {
  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  public Optional<StaffMember> byLogin(String login) {
    return entityManager
        .createQuery("select s from StaffMember s where s.login = :login", StaffMember.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst();
  }

  public Optional<StaffMember> byId(long id) {
    return Optional.ofNullable(entityManager.find(StaffMember.class, id));
  }

  public List<StaffMember> all() {
    return entityManager
        .createQuery("select s from StaffMember s order by s.displayName", StaffMember.class)
        .getResultList();
  }

  public boolean anyActiveAdmin() {
    return entityManager
            .createQuery(
                "select count(s) from StaffMember s where s.role = :admin and s.active = true",
                Long.class)
            .setParameter("admin", Role.ADMIN)
            .getSingleResult()
        > 0;
  }

  public StaffMember add(StaffMember member) {
    entityManager.persist(member);
    entityManager.flush();
    return member;
  }
}
