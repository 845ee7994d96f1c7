package cn.yangguang.kernel.tenancy.manifest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A mapping of a parsed YAML document with the path that leads to it. Readers record every problem
 * in a shared list instead of throwing, and {@link #rejectUnknownKeys()} reports keys nobody asked
 * for, so a typo in a manifest is an error rather than a silently ignored field.
 */
final class YamlNode {

  private final String path;
  private final Map<?, ?> map;
  private final List<ManifestProblem> problems;
  private final Set<String> read = new LinkedHashSet<>();

  YamlNode(String path, Map<?, ?> map, List<ManifestProblem> problems) {
    this.path = path;
    this.map = map;
    this.problems = problems;
  }

  String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  void problem(String key, String reason) {
    problems.add(new ManifestProblem(at(key), reason));
  }

  /**
   * A required string matching {@code format}; null (with a problem recorded) when absent or wrong.
   */
  String text(String key, Pattern format, String formatName) {
    String value = optionalText(key, format, formatName);
    if (value == null && !map.containsKey(key)) {
      problem(key, "is required");
    }
    return value;
  }

  /**
   * An optional string; when present it must match {@code format} (null format: any non-blank
   * text).
   */
  String optionalText(String key, Pattern format, String formatName) {
    read.add(key);
    Object raw = map.get(key);
    if (raw == null) {
      return null;
    }
    if (raw instanceof Map || raw instanceof List) {
      problem(key, "must be text");
      return null;
    }
    String value = asText(raw);
    if (value.isEmpty()) {
      problem(key, "must not be blank");
      return null;
    }
    if (format != null && !format.matcher(value).matches()) {
      problem(key, "must be " + formatName + " (was \"" + value + "\")");
      return null;
    }
    return value;
  }

  /** YAML resolves unquoted dates to {@link java.util.Date} (at UTC midnight): turn them back. */
  private static String asText(Object raw) {
    if (raw instanceof java.util.Date d) {
      return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
    return raw.toString().strip();
  }

  /** An optional ISO date. */
  LocalDate optionalDate(String key) {
    String value = optionalText(key, null, null);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problem(key, "must be a date YYYY-MM-DD (was \"" + value + "\")");
      return null;
    }
  }

  /** A boolean, {@code fallback} when absent. */
  boolean flag(String key, boolean fallback) {
    read.add(key);
    Object raw = map.get(key);
    if (raw == null) {
      return fallback;
    }
    if (raw instanceof Boolean b) {
      return b;
    }
    problem(key, "must be true or false");
    return fallback;
  }

  /** One of the given values. */
  String oneOf(String key, Set<String> allowed, boolean required) {
    String value = required ? text(key, null, null) : optionalText(key, null, null);
    if (value != null && !allowed.contains(value)) {
      problem(key, "must be one of " + allowed + " (was \"" + value + "\")");
      return null;
    }
    return value;
  }

  /** A nested mapping, or null (with a problem when required). */
  YamlNode child(String key, boolean required) {
    read.add(key);
    Object raw = map.get(key);
    if (raw == null) {
      if (required) {
        problem(key, "is required");
      }
      return null;
    }
    if (!(raw instanceof Map<?, ?> m)) {
      problem(key, "must be a mapping");
      return null;
    }
    return new YamlNode(at(key), m, problems);
  }

  /** A raw mapping (plugin settings), kept as parsed. */
  @SuppressWarnings("unchecked")
  Map<String, Object> rawMap(String key) {
    read.add(key);
    Object raw = map.get(key);
    if (raw == null) {
      return Map.of();
    }
    if (raw instanceof Map<?, ?> m && m.keySet().stream().allMatch(k -> k instanceof String)) {
      return Collections.unmodifiableMap((Map<String, Object>) m);
    }
    problem(key, "must be a mapping with text keys");
    return Map.of();
  }

  /** A list of mappings, each read by {@code reader}; empty when absent and not required. */
  <T> List<T> list(String key, boolean required, Function<YamlNode, T> reader) {
    read.add(key);
    Object raw = map.get(key);
    List<T> out = new ArrayList<>();
    if (raw == null) {
      if (required) {
        problem(key, "is required");
      }
      return out;
    }
    if (!(raw instanceof List<?> items)) {
      problem(key, "must be a list");
      return out;
    }
    for (int i = 0; i < items.size(); i++) {
      String itemPath = at(key) + "[" + i + "]";
      if (items.get(i) instanceof Map<?, ?> m) {
        YamlNode node = new YamlNode(itemPath, m, problems);
        T value = reader.apply(node);
        node.rejectUnknownKeys();
        if (value != null) {
          out.add(value);
        }
      } else {
        problems.add(new ManifestProblem(itemPath, "must be a mapping"));
      }
    }
    return out;
  }

  /** A list of plain strings. */
  List<String> texts(String key) {
    read.add(key);
    Object raw = map.get(key);
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    if (!(raw instanceof List<?> items)) {
      problem(key, "must be a list");
      return out;
    }
    for (Object item : items) {
      out.add(String.valueOf(item));
    }
    return out;
  }

  /** Records a problem for every key that no reader asked for. */
  void rejectUnknownKeys() {
    for (Object key : map.keySet()) {
      if (!read.contains(String.valueOf(key))) {
        problem(String.valueOf(key), "is not a known field");
      }
    }
  }
}
