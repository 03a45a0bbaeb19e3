package org.relais.platform.os;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relais.testing.ThreadScheduling;

/** On Linux, for real: the kernel's view of the threads, read from /proc/self/task/TID/stat. */
class IdlePriorityTest {
  private static final int SCHED_OTHER = 0;
  private static final int SCHED_IDLE = 5;

  @BeforeEach
  void onLinuxOnly() {
    assumeTrue(Files.isDirectory(Path.of("/proc/thread-self")), "Linux only");
  }

  @Test
  void theCallingThread_getsTheIdlePolicy_otherThreadsKeepTheirs() throws Exception {
    String testThread = IdlePriority.currentNativeThreadId().orElseThrow();

    String seen = onANewThread(() -> IdlePriority.lowerCurrentThread() + " " + schedulingOfMine());

    if (seen.startsWith("SCHED_IDLE")) {
      assertEquals("SCHED_IDLE policy " + SCHED_IDLE + ", nice 0", seen);
    } else {
      // Where chrt is refused: nice 19, the next best thing.
      assertEquals("NICE_19 policy " + SCHED_OTHER + ", nice 19", seen);
    }
    assertEquals("policy " + SCHED_OTHER + ", nice 0", schedulingOf(testThread));
  }

  @Test
  void aThreadStartedByALoweredThread_inheritsItsPolicy() throws Exception {
    String seen =
        onANewThread(
            () -> IdlePriority.lowerCurrentThread() + " " + onANewThread(() -> schedulingOfMine()));

    if (seen.startsWith("SCHED_IDLE")) {
      assertEquals("SCHED_IDLE policy " + SCHED_IDLE + ", nice 0", seen);
    } else {
      assertEquals("NICE_19 policy " + SCHED_OTHER + ", nice 19", seen);
    }
  }

  /** Runs on a thread that ends with it, as the model build does. */
  private static String onANewThread(Callable<String> work) throws Exception {
    FutureTask<String> task = new FutureTask<>(work);
    Thread thread = new Thread(task);
    thread.start();
    return task.get();
  }

  /** Read while the thread runs: a finished thread's /proc entry is gone. */
  private static String schedulingOfMine() throws IOException {
    return schedulingOf(IdlePriority.currentNativeThreadId().orElseThrow());
  }

  @Test
  void theNativeThreadId_isThisThreadsTask() throws Exception {
    String tid = IdlePriority.currentNativeThreadId().orElseThrow();
    assertEquals(
        Files.readSymbolicLink(Path.of("/proc/thread-self")).toString(),
        ProcessHandle.current().pid() + "/task/" + tid);
  }

  static String schedulingOf(String tid) throws IOException {
    return ThreadScheduling.of(Path.of("/proc/self/task", tid));
  }
}
