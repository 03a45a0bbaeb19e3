package org.relais.staff;

import java.util.Set;

/** What a staff member may do. An admin is also a worker. */
public enum Role {
  WORKER,
  ADMIN;

  /** The security groups a member of this role belongs to. */
  public Set<String> groups() {
    return this == ADMIN ? Set.of("ADMIN", "WORKER") : Set.of("WORKER");
  }
}
