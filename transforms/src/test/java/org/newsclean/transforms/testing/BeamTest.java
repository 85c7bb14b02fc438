package org.newsclean.transforms.testing;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * JUnit 5 support for PAssert tests: Beam 2.62's TestPipeline is a JUnit 4 rule, so tests build a
 * plain DirectRunner pipeline, add PAssert assertions and call {@link #runToEnd(Pipeline)}, which
 * fails the test when an assertion failed.
 */
public final class BeamTest {
  private BeamTest() {}

  /** A pipeline on the DirectRunner (Beam's default runner when it is on the classpath, as in tests). */
  public static Pipeline newPipeline() {
    PipelineOptions options = PipelineOptionsFactory.create();
    if (!options.getRunner().getSimpleName().equals("DirectRunner")) {
      throw new IllegalStateException("tests expect the DirectRunner, got " + options.getRunner());
    }
    return Pipeline.create(options);
  }

  /** The attempted value of a counter, summed over the steps that report it. */
  public static long counter(PipelineResult result, Class<?> namespace, String name) {
    long sum = 0;
    for (var c :
        result.metrics()
            .queryMetrics(MetricsFilter.builder().addNameFilter(MetricNameFilter.named(namespace, name)).build())
            .getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }

  public static PipelineResult runToEnd(Pipeline pipeline) {
    PipelineResult result = pipeline.run();
    PipelineResult.State state = result.waitUntilFinish();
    if (state != PipelineResult.State.DONE) {
      throw new AssertionError("pipeline ended in state " + state);
    }
    return result;
  }
}
