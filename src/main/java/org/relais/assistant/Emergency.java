package org.relais.assistant;

/** A free emergency number the kiosk shows at once, large. */
public record Emergency(String number, String label) {}
