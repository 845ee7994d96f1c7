package cn.yangguang.hotline.application;

/**
 * The one JSON detail the hotline writes by hand: a string's escaping (audit and event payloads).
 */
final class Json {

  private Json() {}

  /** The text as the inside of a JSON string. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }

  /** A JSON string literal, or {@code null}. */
  static String string(String s) {
    return s == null ? "null" : "\"" + escape(s) + "\"";
  }
}
