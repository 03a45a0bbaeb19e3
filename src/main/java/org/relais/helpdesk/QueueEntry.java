package org.relais.helpdesk;

import java.time.Instant;
import org.relais.conversation.ConversationStatus;
import org.relais.conversation.HandoverReason;

/**
 * A conversation in the helpdesk's view: who waits, how urgently, in which language and why.
 *
 * @param position the place in the queue while waiting (1 = next), 0 once a worker has it
 */
public record QueueEntry(
    long conversationId,
    ConversationStatus status,
    boolean urgent,
    HandoverReason reason,
    String language,
    Instant waitingSince,
    int position,
    String workerLogin,
    String workerName,
    String lastVisitorText) {}
