package org.relais.nlp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal data in a visitor's text by a placeholder before the text is reused (training
 * inbox, exports): e-mail addresses, IBANs, card numbers, French social-security numbers (NIR),
 * phone numbers, dates, street addresses and postal codes. The rules lean towards redacting too
 * much: a full date is redacted whether or not it is a birth date, any run of 13-19 digits is
 * redacted whether or not it passes the card checksum. Names are not recognised.
 */
public final class PersonalDataRedactor {
  private static final String STREET_TYPES =
      "rue|avenue|av|bd|boulevard|chemin|allee|allée|impasse|place|pl|quai|route|rte|cours|square"
          + "|passage|cité|cite|residence|résidence|lotissement|street|st|road|rd|lane";
  private static final String MONTHS =
      "janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre"
          + "|decembre|décembre|january|february|march|april|may|june|july|august|september"
          + "|october|november|december";

  private record Rule(Pattern pattern, String replacement) {}

  /** In order: the longer, more specific shapes first, so that a shorter rule cannot split them. */
  private static final List<Rule> RULES =
      List.of(
          rule("[\\p{L}0-9._%+-]+@[\\p{L}0-9.-]+\\.[\\p{L}]{2,}", "<EMAIL>"),
          rule("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?\\b", "<IBAN>"),
          rule(
              "\\b[12378][ .]?\\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\\d)[ .]?(?:\\d{2}|2A|2B)[ .]?\\d{3}[ .]?\\d{3}(?:[ .]?\\d{2})?\\b",
              "<NIR>"),
          rule("\\b(?:\\d[ -]?){12,18}\\d\\b", "<CARTE>"),
          rule(
              "(?:(?<![\\w+])\\+|\\b00)\\d{1,3}[ .-]?\\(?\\d{1,4}\\)?(?:[ .-]?\\d{2,4}){2,5}\\b",
              "<TELEPHONE>"),
          rule("\\b0[1-9](?:[ .-]?\\d{2}){4}\\b", "<TELEPHONE>"),
          rule("\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b", "<DATE>"),
          rule("\\b\\d{1,2}(?:er)?\\s+(?:" + MONTHS + ")\\s+\\d{4}\\b", "<DATE>"),
          rule(
              "\\b\\d{1,4}(?:\\s?(?:bis|ter|b))?,?\\s+(?:"
                  + STREET_TYPES
                  + ")\\.?(?:\\s+[\\p{L}'’-]+){1,5}",
              "<ADRESSE>"),
          rule("\\b\\d{5}\\s+[\\p{Lu}][\\p{L}-]+", "<ADRESSE>"));

  private PersonalDataRedactor() {}

  private static Rule rule(String regex, String replacement) {
    return new Rule(
        Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), replacement);
  }

  public static String redact(String text) {
    String redacted = text;
    for (Rule rule : RULES) {
      redacted =
          rule.pattern().matcher(redacted).replaceAll(Matcher.quoteReplacement(rule.replacement()));
    }
    return redacted;
  }
}
