package org.relais.staff;

/**
 * An admin disabled an account, changed its role or reset its password: whoever is signed in with
 * it must sign in again, so that the change applies at once rather than when the session ends.
 * Fired inside the change's transaction; observers act after it commits.
 */
public record StaffAccountChanged(String login) {}
