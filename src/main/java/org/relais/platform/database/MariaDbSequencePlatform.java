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
 * allocationSize}. NEXTVAL returns the first id of the block, which EclipseLink needs told ({@code
 * eclipselink.sequencing.start-sequence-at-nextval} in persistence.xml; it overrides any default
 * set here).
 */
public class MariaDbSequencePlatform extends MySQLPlatform {
  @Override
  public boolean supportsSequenceObjects() {
    return true;
  }

  @Override
  public ValueReadQuery buildSelectQueryForSequenceObject(String sequenceName, Integer size) {
    return new ValueReadQuery("SELECT NEXTVAL(" + sequenceName + ")");
  }
}
