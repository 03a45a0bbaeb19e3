package org.relais.web.kiosk;

import org.relais.conversation.ConversationStatus;

/** What a kiosk's {@code status} frame says; sent again only when it changes. */
record KioskStatus(
    ConversationStatus status,
    int position,
    boolean urgent,
    boolean workersAvailable,
    String worker) {}
