package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GreetingTest {

  @Test
  void aGreetingHasTextOfAtMost200Characters() {
    assertEquals("你好", Greeting.checkText("  你好 "));
    assertThrows(IllegalArgumentException.class, () -> Greeting.checkText(" "));
    assertThrows(IllegalArgumentException.class, () -> Greeting.checkText("x".repeat(201)));
  }

  @Test
  void thePageEscapesWhatItShows() {
    String html =
        Pages.list(
            "jianshi",
            "${pluginId}",
            List.of(new Greeting(null, "<script>", java.time.Instant.EPOCH)),
            Locale.SIMPLIFIED_CHINESE);
    assertTrue(html.contains("&lt;script&gt;"));
    assertTrue(html.contains("lang=\"zh-CN\""));
  }
}
