package org.relais.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.database.DatabaseReady;
import org.relais.platform.settings.Setting;

/**
 * There is no default password: when no admin exists, the first one ({@code admin}) gets the
 * password of RELAIS_ADMIN_PASSWORD, or else a one-time password printed once in the log, which
 * must be changed at the first sign-in.
 */
@ApplicationScoped
public class FirstAdmin {
  public static final String LOGIN = "admin";
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

  @Inject private StaffRepository staff;
  @Inject private Passwords passwords;
  @Inject private RelaisConfiguration configuration;

  @Transactional
  void createIfNone(@Observes DatabaseReady ready) {
    if (staff.anyActiveAdmin() || staff.byLogin(LOGIN).isPresent()) {
      return;
    }
    String configured = configuration.get(Setting.ADMIN_PASSWORD);
    if (!configured.isEmpty()) {
      staff.add(new StaffMember(LOGIN, "Admin", Role.ADMIN, passwords.hash(configured), false));
      LOG.info("First admin created: login \"admin\", password from RELAIS_ADMIN_PASSWORD.");
      return;
    }
    String oneTime = Passwords.oneTime();
    staff.add(new StaffMember(LOGIN, "Admin", Role.ADMIN, passwords.hash(oneTime), true));
    LOG.warning(
        "First admin created. Sign in at /staff/sign-in.html with login \"admin\" and the one-time"
            + " password "
            + oneTime
            + " (shown only this once; you will choose your own at the first sign-in).");
  }
}
