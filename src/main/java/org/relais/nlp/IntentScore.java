package org.relais.nlp;

/** One intent and the calibrated probability that the message means it. */
public record IntentScore(String intent, double confidence) {}
