package org.newsclean.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.transforms.records.MentionRecord;
import org.newsclean.transforms.records.MentionRecordCoder;
import org.newsclean.transforms.records.OutputRecords;

/** {@link WriteSortedShards#ofGroups}: groups shuffled whole, records sorted per shard, on the DirectRunner. */
class WriteSortedShardsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** Mentions of 60 documents, 0 to 9 each, with shuffled offsets and repeated positions of different entities. */
  static List<List<MentionRecord>> groups() {
    List<List<MentionRecord>> groups = new ArrayList<>();
    java.util.Random random = new java.util.Random(11);
    for (int d = 0; d < 60; d++) {
      String doc = String.format("%032x", (long) d * 0x9E3779B97F4A7C15L);
      List<MentionRecord> mentions = new ArrayList<>();
      int n = 1 + random.nextInt(9);
      for (int m = 0; m < n; m++) {
        int start = random.nextInt(2000);
        mentions.add(MentionRecord.create(doc, "e-" + random.nextInt(5), "PERSON", "서울 " + m, start, start + 1 + random.nextInt(20)));
      }
      mentions.add(MentionRecord.create(doc, "e-z", "LOCATION", "same place", 5, 9));
      mentions.add(MentionRecord.create(doc, "e-a", "ORGANIZATION", "same place", 5, 9));
      groups.add(mentions);
    }
    return groups;
  }

  private static PipelineResult.State run(Pipeline p) {
    return p.run().waitUntilFinish();
  }

  @Test
  void groupsAreWrittenAsTheirRecordsSortedByKeyWithEveryGroupInOneShard() throws IOException {
    List<List<MentionRecord>> groups = groups();
    Pipeline p = Pipeline.create(PipelineOptionsFactory.fromArgs("--runner=DirectRunner").create());
    PCollection<List<MentionRecord>> input = p.apply(Create.of(groups).withCoder(ListCoder.of(MentionRecordCoder.of())));
    PCollection<String> paths =
        input.apply(
            "Grouped",
            WriteSortedShards.ofGroups(
                dir.resolve("grouped").toString(), 3, (List<MentionRecord> g) -> g.get(0).getDocId(), (List<MentionRecord> g) -> g,
                OutputRecords::mentionKey, MentionRecordCoder.of()));
    // the same records one by one, into one shard: the order every shard must have
    input
        .apply("Flatten", Flatten.iterables())
        .setCoder(MentionRecordCoder.of())
        .apply("OneByOne", WriteSortedShards.to(dir.resolve("single").toString(), 1, OutputRecords::mentionKey));
    input.apply(
        "GroupedOneShard",
        WriteSortedShards.ofGroups(
            dir.resolve("grouped-single").toString(), 1, (List<MentionRecord> g) -> g.get(0).getDocId(), (List<MentionRecord> g) -> g,
            OutputRecords::mentionKey, MentionRecordCoder.of()));
    PAssert.that(paths).satisfies(all -> {
      List<String> list = new ArrayList<>();
      all.forEach(list::add);
      assertEquals(6, list.size(), "a JSON Lines and a Parquet file for each of the 3 shards: " + list);
      return null;
    });
    assertEquals(PipelineResult.State.DONE, run(p));

    // one shard: the grouped writer writes the bytes the record-by-record writer writes
    for (String suffix : List.of(".jsonl", ".parquet")) {
      assertTrue(java.util.Arrays.equals(
          Files.readAllBytes(dir.resolve("single/part-00000-of-00001" + suffix)),
          Files.readAllBytes(dir.resolve("grouped-single/part-00000-of-00001" + suffix))), suffix);
    }
    List<String> expectedOrder = Files.readAllLines(dir.resolve("single/part-00000-of-00001.jsonl"), StandardCharsets.UTF_8);

    // three shards: every record once, each file in the global order, all mentions of a document in one file
    Map<String, Integer> shardOfDoc = new HashMap<>();
    List<String> all = new ArrayList<>();
    List<Path> files = files(dir.resolve("grouped"));
    assertEquals(3, files.size());
    for (int shard = 0; shard < files.size(); shard++) {
      List<String> lines = Files.readAllLines(files.get(shard), StandardCharsets.UTF_8);
      List<String> inGlobalOrder = new ArrayList<>(expectedOrder);
      inGlobalOrder.retainAll(lines);
      assertEquals(inGlobalOrder, lines, files.get(shard) + " is sorted by mention key");
      for (String line : lines) {
        String doc = JSON.readTree(line).get("doc_id").asText();
        Integer before = shardOfDoc.put(doc, shard);
        assertTrue(before == null || before == shard, doc + " is in one shard");
        assertEquals(Math.floorMod(doc.hashCode(), 3), shard, doc + " is in the shard of its doc_id");
      }
      all.addAll(lines);
    }
    assertEquals(expectedOrder.size(), all.size());
    assertEquals(groups.stream().mapToInt(List::size).sum(), all.size());
    assertEquals(new java.util.TreeSet<>(expectedOrder), new java.util.TreeSet<>(all));
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(f -> f.getFileName().toString().startsWith("part-") && f.toString().endsWith(".jsonl")).sorted().toList();
    }
  }
}
