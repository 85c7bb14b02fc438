package org.newsclean.pipeline.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Deduplication settings (method and measured defaults: docs/dedup.md). */
public interface DedupOptions extends PipelineOptions {
  @Description("Mark near-duplicates (MinHash + LSH); false: exact copies only")
  @Default.Boolean(true)
  boolean getDedupNearDuplicates();

  void setDedupNearDuplicates(boolean value);

  @Description("Tokens per shingle: words, or characters in scripts written without spaces (Chinese, Japanese, Thai)")
  @Default.Integer(5)
  int getDedupShingleSize();

  void setDedupShingleSize(int value);

  @Description("MinHash values per document (a multiple of --dedupBands)")
  @Default.Integer(100)
  int getDedupHashes();

  void setDedupHashes(int value);

  @Description("LSH bands: documents sharing one band of hashes/bands values are compared")
  @Default.Integer(20)
  int getDedupBands();

  void setDedupBands(int value);

  @Description("Candidates with an estimated Jaccard similarity at least this are near-duplicates")
  @Default.Double(0.7)
  double getDedupThreshold();

  void setDedupThreshold(double value);

  @Description("Label-propagation rounds of the connected components (clusters of larger diameter are counted as labels_unconverged)")
  @Default.Integer(5)
  int getDedupRounds();

  void setDedupRounds(int value);

  @Description("Key ranges of the dedup stage's GroupByKeys (results do not depend on it; the DirectRunner pays per key, distributed runners like more)")
  @Default.Integer(16)
  int getDedupKeyRanges();

  void setDedupKeyRanges(int value);

  @Description("Group documents telling the same story in any language under one story_id (entities, numbers, quoted speakers)")
  @Default.Boolean(true)
  boolean getDedupStories();

  void setDedupStories(boolean value);

  @Description("Story similarity (weighted Jaccard of entities and numbers, averaged with the quote-order similarity) from which two documents share a story")
  @Default.Double(0.7)
  double getStoryThreshold();

  void setStoryThreshold(double value);

  @Description("Directory that keeps what runs have emitted (doc ids and MinHash signatures, JSON Lines): a later run with the same directory reports inputs an earlier run emitted as earlier_duplicates instead of emitting them again, and marks near-copies of them; unset: no memory between runs")
  String getStateDir();

  void setStateDir(String value);
}
