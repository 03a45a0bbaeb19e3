package org.relais.knowledge;

/** The bot's own sentences; each names its key in {@code knowledge/phrases.yml}. */
public enum Phrase {
  GREETING("greeting"),
  COURTESY_THANKS("courtesy_thanks"),
  COURTESY_GOODBYE("courtesy_goodbye"),
  COURTESY_HELLO("courtesy_hello"),
  CLARIFY("clarify"),
  NOT_UNDERSTOOD("not_understood"),
  HANDOVER_ASKED("handover_asked"),
  HANDOVER_NOT_UNDERSTOOD("handover_not_understood"),
  HANDOVER_OUT_OF_SCOPE("handover_out_of_scope"),
  HANDOVER_URGENT("handover_urgent"),
  HANDOVER_CONDITIONAL("handover_conditional"),
  WAITING("waiting"),
  WORKER_JOINED("worker_joined"),
  WORKER_LEFT("worker_left"),
  NO_WORKER_AVAILABLE("no_worker_available"),
  LANGUAGE_FALLBACK("language_fallback"),
  YES("escalate_yes_no_buttons.yes"),
  NO("escalate_yes_no_buttons.no"),
  TALK_TO_PERSON("talk_to_person_button"),
  CONVERSATION_CLOSED("conversation_closed"),
  ESCALATE_DECLINED("answer_escalate_declined");

  private final String key;

  Phrase(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
