package ${package};

import java.time.Instant;
import java.util.UUID;

/**
 * One greeting of a county: the plugin's domain object, with its rule.
 *
 * @param id the greeting's id
 * @param text what it says, 1-200 characters
 * @param createdAt when it was added
 */
public record Greeting(UUID id, String text, Instant createdAt) {

  /** The longest text a greeting may have. */
  public static final int MAX_LENGTH = 200;

  /**
   * Checks a new greeting's text.
   *
   * @return the text without surrounding blanks
   * @throws IllegalArgumentException naming the problem when it is empty or too long
   */
  public static String checkText(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException("text: a greeting cannot be empty");
    }
    if (t.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("text: at most " + MAX_LENGTH + " characters");
    }
    return t;
  }
}
