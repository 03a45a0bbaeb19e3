package org.relais.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.relais.conversation.ConversationRepository;
import org.relais.conversation.ConversationService;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.database.DatabaseReady;
import org.relais.platform.settings.Setting;

/**
 * Keeps data only as long as needed: every minute it closes conversations abandoned by their kiosk;
 * every hour it deletes the conversations closed longer ago than the retention period (their
 * messages with them). What remains are the anonymous daily counts.
 */
@ApplicationScoped
public class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;
  @Inject private ConversationService conversationService;
  @Inject private ConversationRepository conversations;
  @Inject private RelaisConfiguration configuration;

  private final Clock clock = Clock.systemUTC();

  void start(@Observes DatabaseReady ready) {
    scheduler.scheduleWithFixedDelay(
        () -> safely("close abandoned", this::closeAbandoned), 1, 1, TimeUnit.MINUTES);
    scheduler.scheduleWithFixedDelay(
        () -> safely("delete expired", this::deleteExpired), 0, 1, TimeUnit.HOURS);
  }

  void closeAbandoned() {
    int closed = conversationService.closeAbandoned();
    if (closed > 0) {
      LOG.info("Closed " + closed + " conversation(s) abandoned by their kiosk");
    }
  }

  /**
   * Deletes what is past the retention period; public so that admins (and tests) can run it now.
   */
  @Transactional
  public int deleteExpired() {
    Duration retention = Duration.ofDays(configuration.getInt(Setting.RETENTION_DAYS));
    int deleted = conversations.deleteClosedBefore(clock.instant().minus(retention));
    if (deleted > 0) {
      LOG.info(
          "Deleted "
              + deleted
              + " conversation(s) closed more than "
              + retention.toDays()
              + " days ago");
    }
    return deleted;
  }

  private static void safely(String what, Runnable job) {
    try {
      job.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Retention job failed (" + what + "), will try again: " + e);
    }
  }
}
