package org.newsclean.pipeline.io;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.joda.time.Duration;

/**
 * Waits for a running pipeline and prints a progress line at a fixed interval (files matched and
 * read, documents written, rejected, documents per second), read from the pipeline's metrics while
 * it runs, on every runner that reports attempted metrics while running.
 *
 * <p>Runners differ in when {@link Pipeline#run()} returns: the DirectRunner (with {@code
 * blockOnRun=false}) and the Spark runner return at once and report attempted metrics while the job
 * runs; the Flink runner in batch (attached) mode returns only when the job has ended and reports its
 * metrics then. {@link #run} therefore starts the pipeline on a background thread and, until a
 * result is there, prints the elapsed time only.
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

  /**
   * Runs the pipeline, reporting progress until it ends; returns its result (in any final state).
   * An exception thrown by the runner is rethrown unchanged.
   */
  public PipelineResult run(Pipeline pipeline) {
    long start = System.nanoTime();
    CompletableFuture<PipelineResult> running = new CompletableFuture<>();
    Thread launcher =
        new Thread(
            () -> {
              try {
                running.complete(pipeline.run());
              } catch (Throwable e) {
                running.completeExceptionally(e);
              }
            },
            "pipeline-run");
    launcher.setDaemon(true);
    launcher.start();
    PipelineResult result;
    while (true) {
      try {
        result = running.get(interval.getMillis(), TimeUnit.MILLISECONDS);
        break;
      } catch (TimeoutException e) {
        if (!quiet) {
          out.println(
              String.format(
                  Locale.ROOT,
                  "[%.0fs] running (no metrics from the runner yet; Flink in batch mode reports them when the job ends)",
                  (System.nanoTime() - start) / 1e9));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the pipeline runs", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
          throw runtime;
        }
        if (cause instanceof Error error) {
          throw error;
        }
        throw new IllegalStateException("the pipeline failed", cause);
      }
    }
    waitForEnd(result, start);
    return result;
  }

  /** Blocks until the pipeline ends; returns its final state. */
  public PipelineResult.State waitForEnd(PipelineResult result) {
    return waitForEnd(result, System.nanoTime());
  }

  private PipelineResult.State waitForEnd(PipelineResult result, long start) {
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
