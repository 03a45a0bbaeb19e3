package org.relais.platform.database;

import org.eclipse.persistence.platform.database.MySQLPlatform;
import org.eclipse.persistence.queries.ValueReadQuery;

/**
 * EclipseLink's MySQL platform, plus MariaDB's sequence objects (10.3 and later), which EclipseLink
 * 4.0 does not know on this platform. A {@code @SequenceGenerator} then takes its ids in blocks
 * with one {@code SELECT NEXTVAL(..)}: the rows get their ids when persisted, so they need no
 * flush, and several inserts go to the database together at commit, where an identity column costs
 * a round trip for each insert and another for its id.
 *
 * <p>The sequence must be created with {@code INCREMENT BY} equal to the generator's {@code
 * allocationSize}. NEXTVAL returns the first id of the block, not its last: a fact of MariaDB, so
 * the platform states it itself. (EclipseLink's setting for it, {@code
 * eclipselink.sequencing.start-sequence-at-nextval}, lives in a field it copies between platform
 * instances while it sets up; with it, a block taken right after a start under load was once read
 * as ending at the value: duplicate ids, the turn refused.)
 *
 * <p>A block is taken in a transaction of its own: EclipseLink gives a sequence its separate pool
 * (persistence.xml, RelaisDataSource says why) only if the sequence is transactional, which a
 * sequence object otherwise is not. The begin and commit cost two round trips on that pool once
 * every 1,000 messages (V9). In a cluster, where each message takes one id without a lock, ids are
 * taken on the turn's own connection instead ({@link ClusterSafeSession}).
 */
public class MariaDbSequencePlatform extends MySQLPlatform {
  private boolean idBlocksOnTheirOwnPool = true;

  @Override
  public boolean shouldNativeSequenceUseTransaction() {
    return idBlocksOnTheirOwnPool;
  }

  void takeIdsOnTheTurnsConnection() {
    idBlocksOnTheirOwnPool = false;
  }

  @Override
  public boolean getDefaultSeqenceAtNextValue() {
    return true;
  }

  @Override
  public boolean supportsSequenceObjects() {
    return true;
  }

  @Override
  public ValueReadQuery buildSelectQueryForSequenceObject(String sequenceName, Integer size) {
    return new ValueReadQuery("SELECT NEXTVAL(" + sequenceName + ")");
  }
}
