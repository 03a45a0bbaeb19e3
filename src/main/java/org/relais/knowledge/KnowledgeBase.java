package org.relais.knowledge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.relais.platform.database.DatabaseReady;
import org.relais.platform.database.SyncVersions;

/**
 * The knowledge base the bot answers from: seeded from the bundled files on an empty database, then
 * read from MariaDB into one immutable {@link Knowledge} snapshot, replaced whole on reload.
 */
@ApplicationScoped
public class KnowledgeBase {
  private static final Logger LOG = Logger.getLogger(KnowledgeBase.class.getName());

  @Inject private IntentRepository intents;
  @Inject private CenterDetailRepository centerDetails;

  private final BotPhrases phrases = BotPhrases.bundled();
  private volatile Knowledge current = Knowledge.EMPTY;

  void onDatabaseReady(@Observes DatabaseReady ready) {
    seedIfEmpty();
    reload();
  }

  /** An admin changed the knowledge base, here or on another instance. */
  void onChange(@Observes SyncVersions.Changed changed) {
    if (SyncVersions.KNOWLEDGE.equals(changed.name())) {
      reload();
    }
  }

  /** Reads the database again: after an admin's edit. */
  public void reload() {
    Map<String, IntentKnowledge> byId = new HashMap<>();
    for (Intent intent : intents.all()) {
      if (!intent.isRetired()) {
        byId.put(intent.id(), toKnowledge(intent));
      }
    }
    Map<String, String> details = new HashMap<>();
    Map<String, Map<String, String>> translations = new HashMap<>();
    for (CenterDetail detail : centerDetails.all()) {
      details.put(detail.name(), detail.value());
      detail
          .translations()
          .forEach(
              (language, value) ->
                  translations
                      .computeIfAbsent(language, l -> new HashMap<>())
                      .put(detail.name(), value));
    }
    current = new Knowledge(byId, details, translations);
    LOG.info(
        "Knowledge base loaded: "
            + byId.size()
            + " intents, "
            + details.size()
            + " center details");
  }

  @Inject private jakarta.enterprise.event.Event<Edited> edited;

  /** An admin's edit of the knowledge base, fired inside their transaction. */
  public record Edited() {}

  /** Reloads once the caller's transaction has committed, so the bot sees the committed edit. */
  public void reloadAfterCommit() {
    edited.fire(new Edited());
  }

  /** Runs as the edit commits, before the admin's request returns: the next turn uses it. */
  void onEdited(
      @Observes(during = jakarta.enterprise.event.TransactionPhase.AFTER_SUCCESS) Edited edit) {
    reload();
  }

  /** Every intent, retired ones included (for admins). */
  public List<IntentKnowledge> everyIntent() {
    return intents.all().stream().map(KnowledgeBase::toKnowledge).toList();
  }

  /** The ids of retired intents. */
  public java.util.Set<String> retiredIntents() {
    return intents.all().stream()
        .filter(Intent::isRetired)
        .map(Intent::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  public Knowledge current() {
    return current;
  }

  public BotPhrases phrases() {
    return phrases;
  }

  public boolean isLoaded() {
    return !current.intents().isEmpty();
  }

  private void seedIfEmpty() {
    if (intents.count() == 0) {
      List<IntentKnowledge> seed =
          KnowledgeFile.readIntents(KnowledgeFile.resource(KnowledgeFile.INTENTS));
      seed.forEach(intent -> intents.add(toEntity(intent)));
      LOG.info(
          "Knowledge base seeded with " + seed.size() + " intents from " + KnowledgeFile.INTENTS);
    }
    // Detail by detail: a new version's new placeholders get their defaults, while what the
    // center has already filled in (even left blank on purpose) is kept. A detail's translations
    // come with its default only: the file's English for a value the center has since changed
    // would describe the file's value, not the center's.
    Set<String> existing =
        centerDetails.all().stream().map(CenterDetail::name).collect(Collectors.toSet());
    Map<String, Map<String, String>> translations =
        KnowledgeFile.readCenterTranslations(KnowledgeFile.resource(KnowledgeFile.CENTER));
    KnowledgeFile.readCenterDetails(KnowledgeFile.resource(KnowledgeFile.CENTER))
        .forEach(
            (name, value) -> {
              if (!existing.contains(name)) {
                centerDetails.put(name, value);
                translations.forEach(
                    (language, values) -> {
                      if (values.containsKey(name)) {
                        centerDetails.translate(name, language, values.get(name));
                      }
                    });
              }
            });
  }

  private static Intent toEntity(IntentKnowledge knowledge) {
    Intent intent = new Intent(knowledge.id(), knowledge.section(), knowledge.handover());
    if (knowledge.handover() == Handover.CONDITIONAL) {
      intent.escalateWhen(knowledge.escalateCondition(), knowledge.escalatesOnYes() ? "yes" : "no");
    }
    intent.showEmergencyNumber(knowledge.emergencyNumber());
    intent.offerQuickReplies(knowledge.quickReplies());
    knowledge
        .wordings()
        .forEach(
            (language, wording) -> {
              IntentText text = intent.text(language);
              text.label(wording.label());
              text.answer(wording.answer(), wording.sources(), wording.lastVerified());
              text.escalateCheck(wording.escalateQuestion(), wording.escalateKeywords());
              text.emergencyLabel(wording.emergencyLabel());
            });
    return intent;
  }

  private static IntentKnowledge toKnowledge(Intent intent) {
    Map<String, Wording> wordings = new HashMap<>();
    intent
        .texts()
        .forEach(
            (language, text) ->
                wordings.put(
                    language,
                    new Wording(
                        text.label(),
                        text.answer(),
                        text.escalateQuestion(),
                        text.escalateKeywords(),
                        text.emergencyLabel(),
                        text.sources(),
                        text.lastVerified())));
    return new IntentKnowledge(
        intent.id(),
        intent.section(),
        intent.handover(),
        intent.escalateCondition(),
        !"no".equals(intent.escalateOn()),
        intent.emergencyNumber(),
        intent.quickReplies(),
        wordings);
  }
}
