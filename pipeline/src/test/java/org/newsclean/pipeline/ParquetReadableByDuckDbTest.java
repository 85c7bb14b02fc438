package org.newsclean.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An independent reader (DuckDB) finds in the Parquet files the same rows as in the JSON Lines files. */
class ParquetReadableByDuckDbTest {
  @TempDir static Path dir;
  static SeedRun run;

  @BeforeAll
  static void runPipeline() throws IOException {
    run = SeedRun.run(SeedRun.prepareInput(dir), dir.resolve("out"));
  }

  @Test
  void documentsMatchJsonLines() throws SQLException {
    Map<String, String> fromJson = new TreeMap<>();
    for (JsonNode d : run.records("documents")) {
      fromJson.put(d.get("doc_id").asText(), d.get("language").asText() + "|" + d.get("text").asText().length() + "|" + d.get("quotes").size());
    }
    Map<String, String> fromParquet = new TreeMap<>();
    query(
        "SELECT doc_id, language, length(text) AS n, len(quotes) AS q FROM read_parquet('" + glob("documents") + "')",
        rs -> fromParquet.put(rs.getString("doc_id"), rs.getString("language") + "|" + rs.getInt("n") + "|" + rs.getInt("q")));
    assertEquals(5, fromParquet.size());
    assertEquals(fromJson, fromParquet);
  }

  @Test
  void nestedAndNullableFieldsSurvive() throws SQLException {
    List<String> speakers = new ArrayList<>();
    query(
        "SELECT q.speaker AS speaker FROM (SELECT unnest(quotes) AS q FROM read_parquet('" + glob("documents") + "')) WHERE q.speaker IS NOT NULL",
        rs -> speakers.add(rs.getString("speaker")));
    assertTrue(speakers.stream().anyMatch(s -> s.contains("Al-Dahle")), speakers.toString());
    List<Boolean> nullStory = new ArrayList<>();
    query("SELECT story_id IS NULL AS n FROM read_parquet('" + glob("documents") + "')", rs -> nullStory.add(rs.getBoolean("n")));
    assertEquals(5, nullStory.size());
  }

  @Test
  void quotesEntitiesMentionsAndRejectedMatchJsonLines() throws SQLException {
    for (String table : List.of("quotes", "entities", "mentions", "rejected")) {
      long[] count = new long[1];
      query("SELECT count(*) AS c FROM read_parquet('" + glob(table) + "')", rs -> count[0] = rs.getLong("c"));
      assertEquals(run.records(table).size(), count[0], table);
    }
    Map<String, List<String>> aliases = new TreeMap<>();
    query(
        "SELECT entity_id, aliases FROM read_parquet('" + glob("entities") + "')",
        rs -> {
          Array array = rs.getArray("aliases");
          List<String> list = new ArrayList<>();
          for (Object o : (Object[]) array.getArray()) {
            list.add((String) o);
          }
          aliases.put(rs.getString("entity_id"), list);
        });
    for (JsonNode e : run.records("entities")) {
      List<String> expected = new ArrayList<>();
      e.get("aliases").forEach(a -> expected.add(a.asText()));
      assertEquals(expected, aliases.get(e.get("entity_id").asText()));
    }
  }

  private static String glob(String table) {
    return run.output.resolve(table).toAbsolutePath() + "/*.parquet";
  }

  interface RowConsumer {
    void accept(ResultSet rs) throws SQLException;
  }

  private static void query(String sql, RowConsumer consumer) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      while (rs.next()) {
        consumer.accept(rs);
      }
    }
  }
}
