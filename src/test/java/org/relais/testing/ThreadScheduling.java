package org.relais.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Linux thread's scheduling as the kernel tells it in /proc/PID/task/TID/stat. */
public final class ThreadScheduling {
  private ThreadScheduling() {}

  /** "policy P, nice N" (fields 41 and 19 of stat; SCHED_OTHER is 0, SCHED_IDLE 5). */
  public static String of(Path taskDirectory) throws IOException {
    String stat = Files.readString(taskDirectory.resolve("stat"));
    // The name, field 2, is in parentheses and may hold spaces: count from after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return "policy " + fields[41 - 3] + ", nice " + fields[19 - 3];
  }
}
