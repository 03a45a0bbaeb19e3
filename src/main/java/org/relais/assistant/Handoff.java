package org.relais.assistant;

import org.relais.conversation.HandoverReason;

/** The bot's decision to give the conversation to a person. */
public record Handoff(HandoverReason reason, boolean urgent) {}
