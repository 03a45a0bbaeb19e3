package org.relais.platform.database;

/** Fired once the schema is migrated: seeders and caches that need the database start here. */
public record DatabaseReady(String schemaVersion) {}
