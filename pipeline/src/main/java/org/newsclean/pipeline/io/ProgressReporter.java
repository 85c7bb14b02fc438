package org.newsclean.pipeline.io;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;

/**
 * Waits for a running pipeline and prints a progress line at a fixed interval (files matched and
 * read, documents written, rejected, documents per second), read from the pipeline's metrics while
 * it runs, on every runner that reports attempted metrics while running.
 */
public final class ProgressReporter {
  private final PrintStream out;
  private final boolean quiet;
  private final Duration interval;

  public ProgressReporter(PrintStream out, boolean quiet, int intervalSeconds) {
    this.out = out;
    this.quiet = quiet;
    this.interval = Duration.standardSeconds(Math.max(1, intervalSeconds));
  }

  /** Blocks until the pipeline ends; returns its final state. */
  public PipelineResult.State waitForEnd(PipelineResult result) {
    long start = System.nanoTime();
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(interval);
      if (state != null && state.isTerminal()) {
        return state;
      }
      if (!quiet) {
        out.println(line(result, (System.nanoTime() - start) / 1e9));
      }
    }
  }

  /** One progress line from the counters reported so far. */
  static String line(PipelineResult result, double seconds) {
    long matched = 0;
    long parsed = 0;
    long written = 0;
    long rejected = 0;
    try {
      MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
      for (MetricResult<Long> counter : metrics.getCounters()) {
        String name = counter.getName().getName();
        String namespace = counter.getName().getNamespace();
        long value = counter.getAttempted() == null ? 0 : counter.getAttempted();
        if (namespace.endsWith("ReadArticles") && name.equals("files_matched")) {
          matched += value;
        } else if (namespace.endsWith("ReadArticles") && name.equals("files_parsed")) {
          parsed += value;
        } else if (namespace.endsWith("Deduplicate") && name.equals("documents")) {
          written += value;
        } else if (namespace.endsWith("NewsPipeline") && name.equals("rejected")) {
          rejected += value;
        }
      }
    } catch (UnsupportedOperationException e) {
      return String.format(Locale.ROOT, "[%.0fs] running (this runner reports no metrics while running)", seconds);
    }
    return String.format(
        Locale.ROOT,
        "[%.0fs] files matched %d, read %d, documents %d, rejected %d, %.1f documents/s",
        seconds,
        matched,
        parsed,
        written,
        rejected,
        seconds > 0 ? written / seconds : 0.0);
  }
}
