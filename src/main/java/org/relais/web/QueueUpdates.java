package org.relais.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.relais.helpdesk.HelpdeskService;
import org.relais.helpdesk.QueueEntry;
import org.relais.web.kiosk.KioskConnections;
import org.relais.web.worker.WorkerConsoles;

/**
 * When the queue changes, reads it once and shows it everywhere: the whole queue to every console,
 * the new place to every waiting kiosk.
 *
 * <p>Each change queues a snapshot on the push thread, after the change's own event frame; when
 * several are queued, only the last one reads the database (one query per burst, not one per event
 * and per kiosk). So every event a console receives is followed by a queue that shows it.
 */
@ApplicationScoped
public class QueueUpdates {
  private final AtomicLong requested = new AtomicLong();

  @Inject private HelpdeskService helpdesk;
  @Inject private WorkerConsoles consoles;
  @Inject private KioskConnections kiosks;
  @Inject private Pushes pushes;

  /** Call after queueing the change's event frames, and when a console arrives. */
  public void changed() {
    long request = requested.incrementAndGet();
    pushes.later(
        () -> {
          if (request == requested.get()) {
            List<QueueEntry> entries = helpdesk.queue();
            consoles.showQueue(entries);
            kiosks.showPlaces(entries);
          }
        });
  }
}
