package org.relais.nlp;

/** What is known of the visitor's language before reading the message; both may be null. */
public record LanguageHint(String pickedLanguage, String conversationLanguage) {
  public static LanguageHint none() {
    return new LanguageHint(null, null);
  }
}
