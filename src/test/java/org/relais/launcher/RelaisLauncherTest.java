package org.relais.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relais.platform.settings.Settings;

class RelaisLauncherTest {
  @Test
  void busyPort_isReported_inOneLineNamingThePort() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      LaunchException error =
          assertThrows(
              LaunchException.class, () -> RelaisLauncher.ensurePortIsFree(taken.getLocalPort()));
      assertTrue(
          error.getMessage().startsWith("port " + taken.getLocalPort() + " is already in use"));
      assertTrue(error.getMessage().contains("RELAIS_PORT"));
      assertEquals(1, error.getMessage().lines().count());
    }
  }

  @Test
  void payaraArguments_carryThePort_andKeepClusteringOffByDefault() {
    Settings settings = Settings.resolve(Map.of(), Map.of("RELAIS_PORT", "9191"));
    assertEquals(
        List.of("--port", "9191", "--nocluster", "--logToFile", "x.log"),
        RelaisLauncher.payaraArguments(settings, new String[] {"--logToFile", "x.log"}));
  }

  @Test
  void clusteringOn_letsPayaraJoinItsDataGrid() {
    Settings settings = Settings.resolve(Map.of(), Map.of("RELAIS_CLUSTER", "on"));
    assertEquals(
        List.of("--port", "8080"), RelaisLauncher.payaraArguments(settings, new String[0]));
  }
}
