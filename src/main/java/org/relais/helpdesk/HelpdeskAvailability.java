package org.relais.helpdesk;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.settings.OpeningHours;
import org.relais.platform.settings.Setting;

/**
 * Whether a person can come to a visitor who asks for one: within the opening hours
 * (RELAIS_HELPDESK_HOURS) and with a worker's console open. When not, the visitor is told so and
 * their conversation stays queued for whoever signs in next.
 */
@ApplicationScoped
public class HelpdeskAvailability {
  @Inject private WorkerPresence presence;
  @Inject private RelaisConfiguration configuration;

  private final Clock clock = Clock.systemDefaultZone();
  private OpeningHours hours;

  @PostConstruct
  void readHours() {
    hours = OpeningHours.parse(configuration.get(Setting.HELPDESK_HOURS));
  }

  public boolean someoneCanCome() {
    return hours.isOpenAt(LocalDateTime.now(clock)) && presence.anyWorkerOnline();
  }
}
