package org.relais.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.relais.conversation.ConversationEvent;
import org.relais.helpdesk.HelpdeskService;
import org.relais.helpdesk.QueueEntry;
import org.relais.web.kiosk.KioskConnections;
import org.relais.web.worker.WorkerConsoles;

/**
 * When the queue changes, reads it once and shows it everywhere: the whole queue to every console,
 * the new place to every waiting kiosk. Changes that arrive while a snapshot is pending share it:
 * one query per burst, not one per event and per kiosk.
 */
@ApplicationScoped
public class QueueUpdates {
  private final AtomicBoolean pending = new AtomicBoolean();

  @Inject private HelpdeskService helpdesk;
  @Inject private WorkerConsoles consoles;
  @Inject private KioskConnections kiosks;
  @Inject private Pushes pushes;

  void onHandover(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.HandedOver event) {
    changed();
  }

  void onClaimed(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Claimed event) {
    changed();
  }

  void onReleased(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Released event) {
    changed();
  }

  void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent.Closed event) {
    changed();
  }

  /** Also on a console's arrival, so that it starts with the queue. */
  public void changed() {
    if (pending.compareAndSet(false, true)) {
      pushes.later(
          () -> {
            pending.set(false);
            List<QueueEntry> entries = helpdesk.queue();
            consoles.showQueue(entries);
            kiosks.showPlaces(entries);
          });
    }
  }
}
