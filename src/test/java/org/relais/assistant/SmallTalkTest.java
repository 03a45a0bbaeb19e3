package org.relais.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SmallTalkTest {

  @Test
  void personRequests_areWrittenPlain_soThatTheyMatchWithoutBeingNormalisedAgain() {
    for (String request : SmallTalk.PERSON_REQUESTS) {
      assertEquals(PlainText.of(request).strip(), request);
    }
  }

  @Test
  void aRequestForAPerson_isRecognisedWhateverItsCaseAccentsAndPunctuation() {
    assertTrue(SmallTalk.asksForAPerson("Je veux PARLER À QUELQU'UN !!"));
    assertTrue(SmallTalk.asksForAPerson("svp une vraie personne"));
    assertTrue(SmallTalk.asksForAPerson("I want to talk to a human."));
    assertFalse(SmallTalk.asksForAPerson("humanitaire"), "whole words only");
    assertFalse(SmallTalk.asksForAPerson("ou prendre une douche"));
  }
}
