/** Benchmark commands with known truth: the corpus generator and the dedup-stage benchmark and scorer. */
package org.newsclean.pipeline.bench;
