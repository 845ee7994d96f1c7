package cn.yangguang.catalogue.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Search synonyms read from a file in the Solr synonym format, so that the same file could feed an
 * external search engine behind the search port later. Why not Lucene's {@code SynonymGraphFilter}:
 * synonyms here apply to whole query words found by word segmentation, and are then searched as
 * phrases over bigram fields (see {@link QueryWords}); a plain map is what that needs, and the file
 * stays valid Solr syntax (a test parses it with Lucene's {@code SolrSynonymParser}).
 *
 * <p>Semantics: {@code a, b => c, d} makes a query word a (or b) also search c and d; the typed
 * word is always searched too, unlike Solr, which replaces it (an item may well be named with the
 * abbreviation). {@code a, b, c} makes the words equivalent. Immutable and thread-safe.
 */
final class Synonyms {

  private final Map<String, List<String>> alternatives;
  private final int longestKey;

  private Synonyms(Map<String, List<String>> alternatives) {
    this.alternatives = Map.copyOf(alternatives);
    this.longestKey = alternatives.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /** No synonyms. */
  static Synonyms none() {
    return new Synonyms(Map.of());
  }

  /**
   * Reads a classpath resource.
   *
   * @throws IllegalStateException when the resource is missing or malformed
   */
  static Synonyms fromResource(String name) {
    try (InputStream in = Synonyms.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("synonym resource missing: " + name);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the Solr format (UTF-8).
   *
   * @throws IllegalStateException on a malformed line, naming it
   */
  static Synonyms parse(InputStream in) throws IOException {
    Map<String, Set<String>> map = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] sides = text.split("=>", -1);
      if (sides.length > 2 || text.contains("\\")) {
        throw new IllegalStateException("synonyms line " + number + " is malformed: " + line);
      }
      List<String> left = terms(sides[0], number);
      List<String> right = sides.length == 2 ? terms(sides[1], number) : left;
      if (left.isEmpty() || right.isEmpty()) {
        throw new IllegalStateException("synonyms line " + number + " is malformed: " + line);
      }
      for (String from : left) {
        Set<String> to = map.computeIfAbsent(from, k -> new LinkedHashSet<>());
        right.stream().filter(t -> !t.equals(from)).forEach(to::add);
      }
    }
    Map<String, List<String>> result = new LinkedHashMap<>();
    map.forEach((k, v) -> result.put(k, List.copyOf(v)));
    return new Synonyms(result);
  }

  /** Whether this (normalized) word has synonyms. */
  boolean has(String word) {
    return alternatives.containsKey(word);
  }

  /** The other words a query word also searches, in file order; empty when it has none. */
  List<String> of(String word) {
    return alternatives.getOrDefault(word, List.of());
  }

  /** The length of the longest word that has synonyms, in chars. */
  int longestKey() {
    return longestKey;
  }

  /** The number of words that have synonyms. */
  int size() {
    return alternatives.size();
  }

  /** Full-width forms folded, lower case: how queries and synonym words are compared. */
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static List<String> terms(String side, int number) {
    List<String> terms = new ArrayList<>();
    for (String t : side.split(",", -1)) {
      String term = normalize(t.strip());
      if (term.isEmpty() || term.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalStateException("synonyms line " + number + " has an empty or spaced term");
      }
      terms.add(term);
    }
    return terms;
  }
}
