package org.relais.platform.database;

import org.eclipse.persistence.config.CacheIsolationType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.Session;
import org.relais.conversation.Conversation;
import org.relais.conversation.Message;
import org.relais.platform.config.RelaisConfiguration;
import org.relais.platform.settings.Setting;

/**
 * What changes when Relais instances share the database ({@code RELAIS_CLUSTER=on}).
 *
 * <p>Message ids one at a time. A kiosk resumes from the highest message id it has shown, so ids
 * must grow in each conversation's order. One server taking blocks of 1,000 from the {@code
 * message_ids} sequence keeps that (it hands them out in order). Two servers would not: each holds
 * its own block, and a worker's message stored by one could get a higher id than the visitor's next
 * one stored by the other. In a cluster each message takes its own NEXTVAL instead, in the
 * database's order (one round trip more per message, as with the identity column before).
 *
 * <p>On one server each block is taken on the id blocks' own pool, under a lock (RelaisDataSource
 * says why). In a cluster an id takes no lock: it keeps to the turn's own connection, without the
 * begin and commit a block costs on that pool (MariaDbSequencePlatform).
 *
 * <p>No shared cache of conversations. One server sees every write to them and keeps its cached
 * copies current; another server's writes it would not see, and the bot would decide on a stale
 * status (answer a conversation a worker has just taken) until the version check refused the turn.
 * In a cluster each turn reads its conversation from the database (one round trip more per turn).
 */
public class ClusterSafeSession implements SessionCustomizer {
  @Override
  public void customize(Session session) {
    apply(session, "on".equals(new RelaisConfiguration().get(Setting.CLUSTER)));
  }

  static void apply(Session session, boolean clustered) {
    Sequence messageIds = session.getDatasourcePlatform().getSequence(Message.ID_SEQUENCE);
    if (messageIds == null) {
      throw new IllegalStateException(
          "no sequence " + Message.ID_SEQUENCE + " (see Message's @Id)");
    }
    ClassDescriptor conversations = session.getDescriptor(Conversation.class);
    if (conversations == null) {
      throw new IllegalStateException("Conversation is not a mapped entity");
    }
    if (clustered) {
      messageIds.setPreallocationSize(1);
      conversations.setCacheIsolation(CacheIsolationType.ISOLATED);
      if (session.getDatasourcePlatform() instanceof MariaDbSequencePlatform platform) {
        platform.takeIdsOnTheTurnsConnection();
      }
    }
  }
}
