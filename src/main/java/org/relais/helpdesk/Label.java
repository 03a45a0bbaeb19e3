package org.relais.helpdesk;

/** A worker's correction when closing: this visitor message meant this intent. */
public record Label(long messageId, String intent) {}
