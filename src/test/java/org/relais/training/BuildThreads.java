package org.relais.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.relais.testing.ThreadScheduling;

/**
 * The server's model-build threads as the Linux kernel sees them: the server runs on this machine,
 * so /proc shows its threads, named after the build (the kernel keeps 15 characters of a name).
 */
final class BuildThreads {
  private BuildThreads() {}

  private static final String COMM = "relais-model-bu"; // "relais-model-build-ID", cut

  /**
   * The scheduling ("policy 5, nice 0" for SCHED_IDLE) of each model-build thread, once one is
   * seen; empty if none appeared within 30 seconds.
   */
  static List<String> awaitScheduling() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      List<String> policies = schedulingOfBuildThreads();
      if (!policies.isEmpty()) {
        return policies;
      }
      Thread.sleep(100);
    }
    return List.of();
  }

  private static List<String> schedulingOfBuildThreads() throws IOException {
    List<String> policies = new ArrayList<>();
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(process.resolve("task"))) {
          for (Path task : tasks) {
            if (Files.readString(task.resolve("comm")).strip().equals(COMM)) {
              policies.add(ThreadScheduling.of(task));
            }
          }
        } catch (IOException | UncheckedIOException goneOrNotOurs) {
          // a process or thread that ended while listed, or one we may not read
        }
      }
    }
    return policies;
  }
}
