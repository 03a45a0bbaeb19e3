package org.relais.training;

/** Where a model version stands. Exactly one version is ACTIVE at a time, or none at first. */
public enum ModelStatus {
  /** Being trained and evaluated in the background. */
  BUILDING,
  /** Built and evaluated: an admin may promote it. */
  CANDIDATE,
  /** The model the bot uses. */
  ACTIVE,
  /** Was active once: an admin may roll back to it. */
  ARCHIVED,
  /** The build failed; its error says why. */
  FAILED
}
