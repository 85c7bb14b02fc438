package org.newsclean.pipeline.options;

/** All options of the news pipeline, composed from the per-concern interfaces. */
public interface NewsPipelineOptions
    extends InputOptions, LanguageOptions, EntityOptions, DedupOptions, OutputOptions, RunOptions {}
