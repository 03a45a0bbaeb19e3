package org.relais.helpdesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.relais.knowledge.KnowledgeFile;
import org.relais.platform.database.DatabaseReady;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Canned replies per language: seeded from helpdesk/canned-replies.yml, then edited by admins. */
@ApplicationScoped
public class CannedReplies {
  static final String SEED = "/helpdesk/canned-replies.yml";

  @PersistenceContext(unitName = "relais")
  private EntityManager entityManager;

  @Transactional
  public List<CannedReply> inLanguage(String language) {
    return entityManager
        .createQuery(
            "select r from CannedReply r where r.language = :language order by r.position, r.id",
            CannedReply.class)
        .setParameter("language", language)
        .getResultList();
  }

  @Transactional
  public List<CannedReply> all() {
    return entityManager
        .createQuery(
            "select r from CannedReply r order by r.language, r.position, r.id", CannedReply.class)
        .getResultList();
  }

  @Transactional
  public CannedReply add(String language, String title, String text, int position) {
    CannedReply reply =
        new CannedReply(
            checked(language, 8, "language"),
            checked(title, 80, "title"),
            checked(text, 1000, "text"),
            position);
    entityManager.persist(reply);
    return reply;
  }

  @Transactional
  public CannedReply rewrite(long id, String title, String text, int position) {
    CannedReply reply = find(id);
    reply.rewrite(checked(title, 80, "title"), checked(text, 1000, "text"), position);
    return reply;
  }

  @Transactional
  public void remove(long id) {
    entityManager.remove(find(id));
  }

  @Transactional
  @SuppressWarnings("unchecked")
  void seedIfEmpty(@Observes DatabaseReady ready) {
    if (!all().isEmpty()) {
      return;
    }
    Map<String, Object> root =
        new Yaml(new SafeConstructor(new LoaderOptions())).load(KnowledgeFile.resource(SEED));
    ((Map<String, List<Map<String, String>>>) root.get("canned_replies"))
        .forEach(
            (language, replies) -> {
              for (int i = 0; i < replies.size(); i++) {
                add(language, replies.get(i).get("title"), replies.get(i).get("text"), i);
              }
            });
  }

  private CannedReply find(long id) {
    CannedReply reply = entityManager.find(CannedReply.class, id);
    if (reply == null) {
      throw new HelpdeskException.NotFoundReply(id);
    }
    return reply;
  }

  private static String checked(String value, int max, String field) {
    if (value == null || value.isBlank() || value.length() > max) {
      throw HelpdeskException.invalid(field + ": 1-" + max + " characters");
    }
    return value.strip();
  }
}
