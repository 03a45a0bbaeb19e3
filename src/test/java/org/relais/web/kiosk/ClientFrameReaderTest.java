package org.relais.web.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientFrameReaderTest {
  private static FrameError refused(String frame) {
    return assertThrows(FrameError.class, () -> ClientFrameReader.read(frame));
  }

  @Test
  void validFrames_areDecoded() {
    assertEquals(
        new ClientFrame.Hello(1, "fr", Optional.empty(), 0),
        ClientFrameReader.read("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\"}"));
    assertEquals(
        new ClientFrame.VisitorText(2, "Parler à une personne", Optional.of("person")),
        ClientFrameReader.read(
            "{\"type\":\"message\",\"seq\":2,\"text\":\" Parler à une personne \",\"payload\":\"person\"}"));
    assertEquals(
        new ClientFrame.End(3, "inactivity"),
        ClientFrameReader.read("{\"type\":\"end\",\"seq\":3,\"reason\":\"inactivity\"}"));
    assertEquals(new ClientFrame.Ping(4), ClientFrameReader.read("{\"type\":\"ping\",\"seq\":4}"));
  }

  @Test
  void notJson_orNotAnObject_isRefused() {
    assertEquals("not_json", refused("hello").code());
    assertEquals("not_json", refused("[1,2]").code());
    assertEquals("not_json", refused("{\"type\":").code());
  }

  @Test
  void unknownType_isRefused_withItsSeq() {
    FrameError error = refused("{\"type\":\"dance\",\"seq\":5}");
    assertEquals("unknown_type", error.code());
    assertEquals(5, error.seq());
  }

  @Test
  void missingFields_areNamed() {
    assertEquals("seq", refused("{\"type\":\"ping\"}").field());
    assertEquals("type", refused("{\"seq\":1}").field());
    FrameError noText = refused("{\"type\":\"message\",\"seq\":2}");
    assertEquals("missing_field", noText.code());
    assertEquals("text", noText.field());
    assertEquals("language", refused("{\"type\":\"hello\",\"seq\":1}").field());
  }

  @Test
  void wrongTypes_areNamed() {
    assertEquals("bad_field", refused("{\"type\":\"ping\",\"seq\":\"1\"}").code());
    assertEquals("bad_field", refused("{\"type\":\"ping\",\"seq\":0}").code());
    assertEquals("bad_field", refused("{\"type\":\"ping\",\"seq\":1.5}").code());
    assertEquals("text", refused("{\"type\":\"message\",\"seq\":2,\"text\":42}").field());
    assertEquals(
        "payload",
        refused("{\"type\":\"message\",\"seq\":2,\"text\":\"x\",\"payload\":\"<b>\"}").field());
    assertEquals(
        "lastSeen",
        refused("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\",\"lastSeen\":-1}").field());
    assertEquals("reason", refused("{\"type\":\"end\",\"seq\":1,\"reason\":\"bored\"}").field());
  }

  @Test
  void emptyOrBlankText_isRefused() {
    assertEquals("empty_text", refused("{\"type\":\"message\",\"seq\":2,\"text\":\"\"}").code());
    assertEquals(
        "empty_text", refused("{\"type\":\"message\",\"seq\":2,\"text\":\"  \\n\\t \"}").code());
  }

  @Test
  void textOver1000Characters_isRefused_butExactly1000IsAccepted() {
    String ok = "é".repeat(1000);
    ClientFrameReader.read("{\"type\":\"message\",\"seq\":2,\"text\":\"" + ok + "\"}");
    assertEquals(
        "text_too_long",
        refused("{\"type\":\"message\",\"seq\":2,\"text\":\"" + ok + "x\"}").code());
  }

  @Test
  void frameOver16KiB_isRefused() {
    assertEquals(
        "frame_too_large",
        refused("{\"type\":\"ping\",\"seq\":1,\"x\":\"" + "a".repeat(17000) + "\"}").code());
  }

  @Test
  void unsupportedLanguage_isRefused() {
    assertEquals(
        "unsupported_language",
        refused("{\"type\":\"language\",\"seq\":3,\"language\":\"tlh\"}").code());
  }

  @Test
  void malformedResumeToken_isUnknown() {
    assertEquals(
        "resume_unknown",
        refused("{\"type\":\"hello\",\"seq\":1,\"language\":\"fr\",\"resume\":\"../../etc\"}")
            .code());
  }

  @Test
  void rateLimit_allowsFiveInABurst_thenRefills() {
    RateLimit limit = new RateLimit(5);
    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      assertTrue(limit.tryAcquire(start));
    }
    assertEquals(false, limit.tryAcquire(start));
    assertTrue(limit.tryAcquire(start + 210_000_000L), "one token back after 1/5 s");
  }

  @Test
  void sameOrigin_comparesHostAndPort() {
    assertTrue(
        org.relais.web.SameOriginConfigurator.sameHost(
            "http://kiosk.local:8080", "kiosk.local:8080"));
    assertTrue(
        org.relais.web.SameOriginConfigurator.sameHost(
            "https://relais.example", "relais.example:443"));
    assertEquals(
        false,
        org.relais.web.SameOriginConfigurator.sameHost("https://evil.example", "relais.example"));
    assertEquals(
        false,
        org.relais.web.SameOriginConfigurator.sameHost(
            "http://relais.example:9999", "relais.example:8080"));
  }
}
