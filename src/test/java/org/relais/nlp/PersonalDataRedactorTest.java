package org.relais.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of personal data that must not reach the training inbox, and what must stay. */
class PersonalDataRedactorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          mobile with spaces            | appelez moi au 06 12 34 56 78 svp         | appelez moi au <TELEPHONE> svp
          mobile without spaces         | mon num 0612345678                         | mon num <TELEPHONE>
          mobile with dots              | tel: 07.12.34.56.78                        | tel: <TELEPHONE>
          international French          | +33 6 12 34 56 78 c moi                    | <TELEPHONE> c moi
          international compact        | call +33612345678                          | call <TELEPHONE>
          foreign number                | my brother +44 20 7946 0958                | my brother <TELEPHONE>
          e-mail                        | mon mail jean.dupont+caf@gmail.com merci  | mon mail <EMAIL> merci
          NIR with spaces               | mon numero secu 1 85 05 78 006 084 36      | mon numero secu <NIR>
          NIR compact                   | secu 285057800608436                       | secu <NIR>
          NIR from Corsica              | 1 85 05 2A 006 084 36                      | <NIR>
          IBAN grouped                  | rib FR76 3000 6000 0112 3456 7890 189 ok   | rib <IBAN> ok
          IBAN compact                  | FR7630006000011234567890189                | <IBAN>
          card number grouped           | ma carte 4970 1012 3456 7890 bloquee       | ma carte <CARTE> bloquee
          card number with dashes       | 5500-0000-0000-0004                        | <CARTE>
          birth date with slashes       | je suis ne le 12/03/1985                   | je suis ne le <DATE>
          birth date short year         | nee le 3-7-92                              | nee le <DATE>
          birth date in words           | né le 1er mars 1985 a Alger                | né le <DATE> a Alger
          street address                | j habite 12 rue de la Paix                 | j habite <ADRESSE>
          street address with bis       | au 3 bis avenue Jean Jaurès                | au <ADRESSE>
          boulevard with comma          | 45, boulevard Voltaire                     | <ADRESSE>
          postal code and town          | 75011 Paris                                | <ADRESSE>
          nothing personal              | c ouvert a kel heure le 115                | c ouvert a kel heure le 115
          amounts and short numbers     | le timbre coute 25 euros, j ai 2 enfants   | le timbre coute 25 euros, j ai 2 enfants
          a time is not a date          | rdv a 14h30 le 12/03                       | rdv a 14h30 le 12/03
          """)
  void redacts(String caseName, String text, String expected) {
    assertEquals(expected, PersonalDataRedactor.redact(text));
  }
}
