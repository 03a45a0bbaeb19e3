package org.relais.nlp;

/**
 * What the conversation already says about the visitor's language; used when the message alone is
 * too short to tell ("ok", "115").
 *
 * @param pickedLanguage the language the visitor chose on the kiosk, or null
 * @param conversationLanguage the language of the conversation so far, or null
 */
public record LanguageHint(String pickedLanguage, String conversationLanguage) {

  private static final LanguageHint NONE = new LanguageHint(null, null);

  public static LanguageHint none() {
    return NONE;
  }

  /** The conversation's language first (it reflects what the visitor actually types). */
  public String preferred() {
    return conversationLanguage != null ? conversationLanguage : pickedLanguage;
  }
}
