package org.relais.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

class ClusterSafeSequencesTest {
  @Test
  void aSingleServer_takesMessageIdsInBlocks() {
    assertEquals(50, messageIdsPreallocatedWith(false));
  }

  @Test
  void inACluster_eachMessageTakesItsOwnId() {
    assertEquals(1, messageIdsPreallocatedWith(true));
  }

  @Test
  void aMissingSequence_failsTheDeployment() {
    Session session = sessionWith(new NativeSequence("other_ids", 50));
    assertThrows(IllegalStateException.class, () -> ClusterSafeSequences.apply(session, true));
  }

  private static int messageIdsPreallocatedWith(boolean clustered) {
    Session session = sessionWith(new NativeSequence("message_ids", 50));
    ClusterSafeSequences.apply(session, clustered);
    return session.getDatasourcePlatform().getSequence("message_ids").getPreallocationSize();
  }

  private static Session sessionWith(NativeSequence sequence) {
    DatabaseLogin login = new DatabaseLogin(new MariaDbSequencePlatform());
    login.getPlatform().addSequence(sequence);
    return new Project(login).createDatabaseSession();
  }
}
