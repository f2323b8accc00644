package br.com.atende.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * What the benchmark commands share: percentiles of timings, and the process's memory as the
 * operating system and the heap see it. Each figure is printed beside the limit it is measured
 * against in the same run, so the ratio holds when the machine's speed drifts.
 */
final class Bench {

  private Bench() {}

  static double percentileMillis(long[] nanos, int percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1))] / 1e6;
  }

  static double meanMillis(long[] nanos) {
    return Arrays.stream(nanos).average().orElse(0) / 1e6;
  }

  /** "ours: 1,234 rows/s | limit: 2,000 rows/s | 61.7 % of the limit (target ≥ 50 %)". */
  static void beside(String what, double ours, double limit, String unit, String target) {
    System.out.printf("%s: %,.0f %s | limit: %,.0f %s | %.1f %% of the limit (target %s)%n", what, ours, unit, limit,
        unit, 100 * ours / limit, target);
  }

  /** This JVM's resident memory now and at its peak (VmRSS, VmHWM), and the heap's bound. */
  static String memory() {
    return String.format("RSS %d MiB (peak %d MiB), heap max %d MiB, heap used after GC peak %d MiB",
        procStatus("VmRSS") / 1024, procStatus("VmHWM") / 1024, Runtime.getRuntime().maxMemory() / (1024 * 1024),
        heapUsedAfterGcPeak() / (1024 * 1024));
  }

  /**
   * Runs {@code work} for 0..times-1 on {@code threads} threads (each thread its own worker, e.g. an
   * agent: {@code worker.apply(thread)}), failing on the first error; answers the seconds it took.
   */
  static double onThreads(int times, int threads, IntFunction<IntConsumer> worker) throws Exception {
    AtomicInteger next = new AtomicInteger();
    List<Callable<Void>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      IntConsumer work = worker.apply(t);
      workers.add(() -> {
        for (int i; (i = next.getAndIncrement()) < times; ) {
          work.accept(i);
        }
        return null;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      for (Future<Void> done : pool.invokeAll(workers)) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** The heap in use right after a full collection now, in MiB: what is really kept at this moment. */
  static long heapAfterGcMiB() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
  }

  /** The largest heap that survived a collection so far: what the work really kept, not garbage. */
  static long heapUsedAfterGcPeak() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        used += pool.getCollectionUsage().getUsed();
      }
    }
    return used;
  }

  /** Another process's resident memory now and at its peak, e.g. a second node this JVM started. */
  static String rss(long pid) {
    return String.format("RSS %d MiB (peak %d MiB)", procStatus(pid, "VmRSS") / 1024, procStatus(pid, "VmHWM") / 1024);
  }

  /** The CPU time a process has used so far, user and system, in seconds (Linux); -1 elsewhere. */
  static double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
      // After "pid (name) ": the state is field 3, utime field 14 and stime 15, in clock ticks (100 a second).
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** A local process by the name of its executable, e.g. the database server; -1 when there is none. */
  static long pidOf(String... executables) {
    return ProcessHandle.allProcesses()
        .filter(process -> process.info().command()
            .map(command -> Arrays.stream(executables).anyMatch(name -> command.endsWith("/" + name))).orElse(false))
        .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
  }

  /** A line of /proc/self/status in KiB (Linux); -1 elsewhere. */
  static long procStatus(String key) {
    return procStatus(ProcessHandle.current().pid(), key);
  }

  static long procStatus(long pid, String key) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
        if (line.startsWith(key + ":")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
