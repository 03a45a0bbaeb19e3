package org.relais.web.kiosk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KioskEmbeddingTest {
  @Test
  void theKioskPage_mayBeFramedByAnotherSite() {
    for (String path :
        new String[] {"", "/", "/index.html", "/kiosk", "/kiosk/", "/kiosk/app.js"}) {
      assertTrue(KioskEmbedding.isKioskPage(path), path);
    }
  }

  @Test
  void otherPages_stayUnframeable() {
    for (String path : new String[] {"/worker/", "/admin/index.html", "/api/center", "/kiosks"}) {
      assertFalse(KioskEmbedding.isKioskPage(path), path);
    }
  }
}
