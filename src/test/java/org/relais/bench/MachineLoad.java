package org.relais.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How busy this Linux machine was during a benchmark phase, printed beside its latencies so that a
 * number taken while something else held the CPU is seen as such. Two figures from /proc: the share
 * of the phase the guest's CPUs were busy, and the share during which some runnable task waited for
 * a CPU (pressure stall information). On this VM the host sometimes takes the CPUs away without
 * reporting steal time: the pressure then stays high while the guest looks idle.
 */
final class MachineLoad {
  private final long startNanos = System.nanoTime();
  private final long[] startCpu = cpuTicks();
  private final long startStallMicros = stallMicros();

  /**
   * As {@link #since()}, plus the CPU time all processes of the machine spent per event (server,
   * database and load client together). It moves with the host too (a starved guest is charged for
   * the time it waits on evicted caches: 2.3-5.7 ms per echo between runs of one night), so read it
   * beside the pressure; {@code src/test/bench/turn-cost.sh} counts instructions, which do not.
   */
  String since(int events) {
    long[] cpu = cpuTicks();
    String load = busyAndPressure(cpu);
    if (events <= 0 || cpu.length != 2 || startCpu.length != 2) {
      return load;
    }
    long busyTicks = cpu[0] - startCpu[0];
    // /proc/stat counts in USER_HZ ticks, 100 a second on every Linux this runs on.
    return load
        + String.format(Locale.ROOT, ", cpu %.2f ms per message", 10.0 * busyTicks / events);
  }

  /** "cpu busy 23 %, cpu pressure 4 %", or an empty string where /proc cannot tell. */
  String since() {
    return busyAndPressure(cpuTicks());
  }

  private String busyAndPressure(long[] cpu) {
    long elapsedMicros = (System.nanoTime() - startNanos) / 1000;
    long stall = stallMicros();
    StringBuilder text = new StringBuilder();
    if (cpu.length == 2 && startCpu.length == 2 && cpu[1] > startCpu[1]) {
      double busy = 100.0 * (cpu[0] - startCpu[0]) / (cpu[1] - startCpu[1]);
      text.append(String.format(Locale.ROOT, "cpu busy %.0f %%", busy));
    }
    if (stall >= 0 && startStallMicros >= 0 && elapsedMicros > 0) {
      double pressure = 100.0 * (stall - startStallMicros) / elapsedMicros;
      text.append(text.length() > 0 ? ", " : "")
          .append(String.format(Locale.ROOT, "cpu pressure %.0f %%", pressure));
    }
    return text.toString();
  }

  /** Busy and total jiffies of all CPUs (first line of /proc/stat), or an empty array. */
  private static long[] cpuTicks() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long total = 0;
      for (int i = 1; i < fields.length; i++) {
        total += Long.parseLong(fields[i]);
      }
      long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]); // idle + iowait
      return new long[] {total - idle, total};
    } catch (IOException | RuntimeException notLinux) {
      return new long[0];
    }
  }

  /** Total microseconds some task waited for a CPU ("some ... total=" of /proc/pressure/cpu). */
  private static long stallMicros() {
    try {
      String some = Files.readAllLines(Path.of("/proc/pressure/cpu")).get(0);
      return Long.parseLong(some.substring(some.indexOf("total=") + 6).trim());
    } catch (IOException | RuntimeException notAvailable) {
      return -1;
    }
  }
}
