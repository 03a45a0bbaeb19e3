package org.relais.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.descriptors.RelationalDescriptor;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;
import org.relais.conversation.Conversation;

class ClusterSafeSessionTest {
  @Test
  void aSingleServer_takesMessageIdsInBlocks_onTheirOwnPool_andCachesConversations() {
    Session session = customized(false);
    assertEquals(50, messageIdsPreallocation(session));
    assertTrue(platform(session).shouldNativeSequenceUseTransaction(), "blocks on their pool");
    assertEquals(CacheIsolationType.SHARED, conversationCache(session));
  }

  @Test
  void inACluster_eachMessageTakesItsOwnId_andConversationsAreReadFromTheDatabase() {
    Session session = customized(true);
    assertEquals(1, messageIdsPreallocation(session));
    assertFalse(platform(session).shouldNativeSequenceUseTransaction(), "on the turn's connection");
    assertEquals(CacheIsolationType.ISOLATED, conversationCache(session));
  }

  @Test
  void aMissingSequence_failsTheDeployment() {
    Session session = sessionWith(new NativeSequence("other_ids", 50), true);
    assertThrows(IllegalStateException.class, () -> ClusterSafeSession.apply(session, true));
  }

  @Test
  void anUnmappedConversation_failsTheDeployment() {
    Session session = sessionWith(new NativeSequence("message_ids", 50), false);
    assertThrows(IllegalStateException.class, () -> ClusterSafeSession.apply(session, true));
  }

  private static Session customized(boolean clustered) {
    Session session = sessionWith(new NativeSequence("message_ids", 50), true);
    ClusterSafeSession.apply(session, clustered);
    return session;
  }

  private static int messageIdsPreallocation(Session session) {
    return messageIds(session).getPreallocationSize();
  }

  private static Sequence messageIds(Session session) {
    return session.getDatasourcePlatform().getSequence("message_ids");
  }

  private static DatasourcePlatform platform(Session session) {
    return (DatasourcePlatform) session.getDatasourcePlatform();
  }

  private static CacheIsolationType conversationCache(Session session) {
    return session.getDescriptor(Conversation.class).getCacheIsolation();
  }

  private static Session sessionWith(NativeSequence sequence, boolean conversationMapped) {
    DatabaseLogin login = new DatabaseLogin(new MariaDbSequencePlatform());
    login.getPlatform().addSequence(sequence);
    Project project = new Project(login);
    if (conversationMapped) {
      RelationalDescriptor conversation = new RelationalDescriptor();
      conversation.setJavaClass(Conversation.class);
      conversation.setCacheIsolation(CacheIsolationType.SHARED); // as its @Cacheable makes it
      project.addDescriptor(conversation);
    }
    return project.createDatabaseSession();
  }
}
