package org.relais.platform.os;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * Puts the calling thread under Linux's SCHED_IDLE policy, so it only gets a core no other thread
 * wants: a model build then never delays a kiosk reply for CPU. Java's own thread priorities are
 * ignored by Linux, hence the native thread id and {@code chrt} (util-linux); {@code renice -n 19}
 * when {@code chrt} is refused or missing. Threads the caller starts later inherit the policy.
 *
 * <p>It cannot be undone without privileges (an unprivileged thread may enter SCHED_IDLE or nice 19
 * but not leave it), so call it only on a thread that ends with the work. Where there is no {@code
 * /proc} or neither command (not Linux), it does nothing and says so once in the log.
 */
public final class IdlePriority {
  private static final Logger LOG = Logger.getLogger(IdlePriority.class.getName());
  private static final AtomicBoolean UNAVAILABLE_LOGGED = new AtomicBoolean();

  /** What the calling thread got. */
  public enum Outcome {
    SCHED_IDLE,
    NICE_19,
    UNCHANGED
  }

  private IdlePriority() {}

  public static Outcome lowerCurrentThread() {
    Optional<String> tid = currentNativeThreadId();
    if (tid.isEmpty()) {
      return unavailable("no /proc/thread-self (not Linux?)");
    }
    if (succeeds(List.of("chrt", "--idle", "-p", "0", tid.get()))) {
      return Outcome.SCHED_IDLE;
    }
    if (succeeds(List.of("renice", "-n", "19", "-p", tid.get()))) {
      return Outcome.NICE_19;
    }
    return unavailable("neither 'chrt --idle' nor 'renice' could lower thread " + tid.get());
  }

  /**
   * The Linux id of the calling thread: /proc/thread-self links to "&lt;pid&gt;/task/&lt;tid&gt;".
   */
  public static Optional<String> currentNativeThreadId() {
    try {
      Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
      return Optional.of(link.getFileName().toString()).filter(id -> id.matches("\\d+"));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException missing) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Outcome unavailable(String why) {
    if (UNAVAILABLE_LOGGED.compareAndSet(false, true)) {
      LOG.info("Background work runs at normal CPU priority: " + why);
    }
    return Outcome.UNCHANGED;
  }
}
