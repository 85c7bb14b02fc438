package org.newsclean.pipeline.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BaselineLoopTest {
  private static final Path SEEDS = Path.of("..", "seeds");

  @Test
  void partsSplitTheFilesWithoutOverlapOrGap() throws Exception {
    ObjectNode whole = new BaselineLoop().run(SEEDS, null);
    ObjectNode first = new BaselineLoop().run(SEEDS, null, 0, 2);
    ObjectNode second = new BaselineLoop().run(SEEDS, null, 1, 2);
    assertEquals(5, whole.get("files").asInt());
    assertEquals(3, first.get("files").asInt()); // positions 0, 2, 4
    assertEquals(2, second.get("files").asInt()); // positions 1, 3
    assertEquals(
        whole.get("input_bytes").asLong(), first.get("input_bytes").asLong() + second.get("input_bytes").asLong());
  }

  @Test
  void partSpecificationsAreChecked() {
    assertArrayEquals(new int[] {1, 2}, BaselineLoop.part("1/2"));
    assertArrayEquals(new int[] {0, 1}, BaselineLoop.part("0/1"));
    assertThrows(IllegalArgumentException.class, () -> BaselineLoop.part("2/2"));
    assertThrows(IllegalArgumentException.class, () -> BaselineLoop.part("-1/2"));
    assertThrows(IllegalArgumentException.class, () -> BaselineLoop.part("1/0"));
    assertThrows(IllegalArgumentException.class, () -> BaselineLoop.part("1"));
  }
}
