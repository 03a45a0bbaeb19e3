package org.relais.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Thread dumps of the Payara Micro servers this test JVM started, written next to the failsafe
 * reports. For failures that come rarely and only in the full suite (a kiosk's WebSocket handshake
 * taking over 10 s during a model build): the next one leaves what each thread was doing, which a
 * re-run cannot give.
 */
public final class ServerThreadDump {
  private ServerThreadDump() {}

  /** The files written, one per server; never throws (it runs while a test is failing). */
  public static List<Path> write(String reason) {
    List<Path> written = new ArrayList<>();
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
        .forEach(
            server -> {
              Path file =
                  Path.of(
                      "target",
                      "failsafe-reports",
                      reason
                          + "-threads-"
                          + server.pid()
                          + "-"
                          + System.currentTimeMillis()
                          + ".txt");
              try {
                Files.createDirectories(file.getParent());
                Process dump =
                    new ProcessBuilder(jcmd.toString(), Long.toString(server.pid()), "Thread.print")
                        .redirectErrorStream(true)
                        .redirectOutput(file.toFile())
                        .start();
                if (dump.waitFor(30, TimeUnit.SECONDS)) {
                  written.add(file);
                } else {
                  dump.destroyForcibly();
                }
              } catch (IOException | InterruptedException e) {
                System.err.println("no thread dump of server " + server.pid() + ": " + e);
              }
            });
    return written;
  }
}
