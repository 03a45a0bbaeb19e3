package org.relais.staff;

import java.util.Set;

/** What a staff member may do. An admin is also a worker. */
public enum Role {
  WORKER,
  ADMIN;

  /**
   * @throws StaffException.Invalid naming the field "role" for anything but WORKER or ADMIN
   */
  public static Role named(String name) {
    for (Role role : values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    throw new StaffException.Invalid("role", "role is WORKER or ADMIN");
  }

  /** The security groups a member of this role belongs to. */
  public Set<String> groups() {
    return this == ADMIN ? Set.of("ADMIN", "WORKER") : Set.of("WORKER");
  }
}
