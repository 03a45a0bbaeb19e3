package org.relais.training;

/**
 * How far the build in progress (or the last one) has got.
 *
 * @param version the model version being built
 * @param phase what it is doing, in words
 * @param percent 0-100
 * @param running false once it finished or failed
 * @param error why it failed, or null
 */
public record BuildProgress(
    long version, String phase, int percent, boolean running, String error) {}
