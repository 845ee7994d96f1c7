package cn.yangguang.web.console;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code multipart/form-data} body (RFC 7578) as browsers send a form with a file, parsed from
 * bytes already read and size-checked by the caller. Small on purpose: the console has one upload
 * (the catalogue file), and parsing it here keeps the page independent of the container's optional
 * multipart support. Immutable.
 *
 * @param parts the parts in the order sent
 */
public record MultipartForm(List<Part> parts) {

  public MultipartForm {
    parts = List.copyOf(parts);
  }

  /**
   * One part.
   *
   * @param name the form field's name
   * @param fileName the file's name as the browser gave it (without any directory), or null for a
   *     plain field
   * @param contentType the part's declared type, or null
   * @param content the bytes
   */
  public record Part(String name, String fileName, String contentType, byte[] content) {}

  /** The body is not a multipart form (no boundary, a broken delimiter or header). */
  public static final class Malformed extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }

  /** The first part with this field name. */
  public Optional<Part> part(String name) {
    return parts.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Parses a body.
   *
   * @param contentType the request's Content-Type, which names the boundary
   * @throws Malformed when the body is not {@code multipart/form-data} with that boundary
   */
  public static MultipartForm parse(String contentType, byte[] body) {
    String boundary = boundary(contentType);
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw new Malformed("the body has no part");
    }
    List<Part> parts = new ArrayList<>();
    int pos = at + delimiter.length;
    while (true) {
      if (startsWith(body, pos, "--")) {
        return new MultipartForm(parts);
      }
      pos = skipLinearWhitespace(body, pos);
      if (!startsWith(body, pos, "\r\n")) {
        throw new Malformed("a delimiter is not followed by a line break");
      }
      pos += 2;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
      Map<String, String> headers;
      int contentStart;
      if (startsWith(body, pos, "\r\n")) {
        headers = Map.of();
        contentStart = pos + 2;
      } else if (headersEnd < 0) {
        throw new Malformed("a part's headers do not end");
      } else {
        headers = headers(new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8));
        contentStart = headersEnd + 4;
      }
      int end = indexOf(body, next, contentStart);
      if (end < 0) {
        throw new Malformed("a part does not end");
      }
      parts.add(part(headers, Arrays.copyOfRange(body, contentStart, end)));
      pos = end + next.length;
    }
  }

  /** The boundary parameter of a multipart/form-data content type. */
  static String boundary(String contentType) {
    if (contentType == null
        || !contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      throw new Malformed("not multipart/form-data");
    }
    String b = parameters(contentType).get("boundary");
    if (b == null || b.isEmpty() || b.length() > 70) {
      throw new Malformed("no valid boundary");
    }
    return b;
  }

  private static Part part(Map<String, String> headers, byte[] content) {
    String disposition = headers.get("content-disposition");
    if (disposition == null
        || !disposition.strip().toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw new Malformed("a part is not form-data");
    }
    Map<String, String> params = parameters(disposition);
    String name = params.get("name");
    if (name == null) {
      throw new Malformed("a part has no name");
    }
    String fileName = params.containsKey("filename") ? baseName(params.get("filename")) : null;
    return new Part(name, fileName, headers.get("content-type"), content);
  }

  /** A file name without the directory some browsers (old Edge, IE) send with it. */
  static String baseName(String fileName) {
    String n = fileName == null ? "" : fileName;
    int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
    return n.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
  }

  private static Map<String, String> headers(String block) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : block.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new Malformed("a part has a malformed header");
      }
      headers.putIfAbsent(
          line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
    return headers;
  }

  /**
   * The parameters of a header value ({@code type; a=b; c="d;e"}), names lower-cased; quoted
   * strings unquoted (a backslash escapes the next character, as RFC 7230 says; browsers
   * percent-encode a quote in a file name instead, which is kept as sent).
   */
  static Map<String, String> parameters(String value) {
    Map<String, String> out = new LinkedHashMap<>();
    int i = value.indexOf(';');
    while (i >= 0 && i < value.length()) {
      i++;
      int eq = value.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String name = value.substring(i, eq).strip().toLowerCase(Locale.ROOT);
      int j = eq + 1;
      while (j < value.length() && value.charAt(j) == ' ') {
        j++;
      }
      StringBuilder v = new StringBuilder();
      if (j < value.length() && value.charAt(j) == '"') {
        j++;
        while (j < value.length() && value.charAt(j) != '"') {
          char c = value.charAt(j);
          if (c == '\\' && j + 1 < value.length()) {
            j++;
            c = value.charAt(j);
          }
          v.append(c);
          j++;
        }
        j = value.indexOf(';', j);
      } else {
        int semi = value.indexOf(';', j);
        v.append(value, j, semi < 0 ? value.length() : semi);
        j = semi;
      }
      out.putIfAbsent(name, v.toString().strip());
      i = j;
    }
    return out;
  }

  private static int skipLinearWhitespace(byte[] body, int pos) {
    while (pos < body.length && (body[pos] == ' ' || body[pos] == '\t')) {
      pos++;
    }
    return pos;
  }

  private static boolean startsWith(byte[] body, int pos, String ascii) {
    if (pos + ascii.length() > body.length) {
      return false;
    }
    for (int k = 0; k < ascii.length(); k++) {
      if (body[pos + k] != ascii.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The first index of {@code needle} in {@code haystack} at or after {@code from}, or -1. */
  static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
      for (int k = 0; k < needle.length; k++) {
        if (haystack[i + k] != needle[k]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
