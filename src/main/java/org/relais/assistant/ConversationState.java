package org.relais.assistant;

import java.util.Optional;
import org.relais.conversation.ConversationStatus;

/** What the bot needs to know of the conversation before its turn. */
public record ConversationState(
    ConversationStatus status,
    String language,
    int misunderstoodTurns,
    Optional<String> awaitingCheck) {}
