package org.newsclean.pipeline.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Figures a benchmark process reports about itself: peak resident memory, CPU time, cores, load. */
final class Measurements {
  private Measurements() {}

  /** Adds {@code peak_rss_mb} (Linux VmHWM), {@code cpu_s} (all threads), {@code cores} and {@code heap_max_mb}. */
  static void addProcessFigures(ObjectNode result) {
    result.put("peak_rss_mb", peakRssKb() / 1024.0);
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      result.put("cpu_s", os.getProcessCpuTime() / 1e9);
    }
    result.put("cores", Runtime.getRuntime().availableProcessors());
    result.put("heap_max_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  /** Peak resident set size of this process in KiB (VmHWM of /proc/self/status); -1 off Linux. */
  static long peakRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** The 1-minute load average (first field of /proc/loadavg); -1 off Linux. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
