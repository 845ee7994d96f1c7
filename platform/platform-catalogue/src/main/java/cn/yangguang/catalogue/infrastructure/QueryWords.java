package cn.yangguang.catalogue.infrastructure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns what a resident typed into the words to search for. Nothing of the text is ever read as
 * query syntax: it is cut into chunks at anything but letters, digits, {@code -} and {@code _}, and
 * each chunk with Chinese in it is segmented into words by smartcn.
 *
 * <p>Why segment at all when the index holds bigrams: a phrase of the whole text ({@code 办理营业执照})
 * occurs in no name, while its words ({@code 办理}, {@code 营业执照}) do. Why not search smartcn's words
 * as they come: smartcn splits abbreviations it does not know ({@code 低保} → 低 + 保, {@code 老年证} → 老年
 * + 证), so runs of its words that together spell a synonym word are joined back into it, and
 * leftover runs of single characters are joined into one word ({@code 二孩}). A synonym word is
 * recognized only on smartcn's word boundaries, so {@code 低保} is not found inside {@code 最低保障} (最低
 * + 保障). A lone character left over is a weak word: it adds to the score but is not required.
 * Filler words ({@code 怎么}, {@code 办理}, data in {@code query-stopwords.txt}) are dropped when
 * another word remains.
 *
 * <p>Thread-safe (smartcn's analyzer reuses its token streams per thread).
 */
final class QueryWords {

  /** Longer input is cut: a query is a few words, not a document. */
  static final int MAX_QUERY_CHARS = 100;

  /**
   * A word to search for.
   *
   * @param text the normalized word
   * @param synonyms other words it also searches
   * @param weak a single character: scored but not required
   * @param code a chunk without Chinese (a key, department or theme code, a Latin word)
   */
  record Word(String text, List<String> synonyms, boolean weak, boolean code) {}

  /**
   * The words of a query.
   *
   * @param chunks the normalized chunks with Chinese in them, searched as whole phrases in names
   * @param exact the whole normalized query without separators, compared with whole names
   */
  record Parsed(List<Word> words, List<String> chunks, String exact) {
    boolean isEmpty() {
      return words.isEmpty();
    }
  }

  private final Synonyms synonyms;
  private final Set<String> stopwords;
  private final Analyzer segmenter = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

  QueryWords(Synonyms synonyms, Set<String> stopwords) {
    this.synonyms = synonyms;
    this.stopwords = Set.copyOf(stopwords);
  }

  /** The words of {@code text}; empty when it has none (blank, punctuation only). */
  Parsed parse(String text) {
    String normalized = Synonyms.normalize(text == null ? "" : text);
    if (normalized.length() > MAX_QUERY_CHARS) {
      normalized = normalized.substring(0, MAX_QUERY_CHARS);
    }
    List<Word> words = new ArrayList<>();
    List<String> chunks = new ArrayList<>();
    StringBuilder exact = new StringBuilder();
    for (String chunk : chunks(normalized)) {
      exact.append(chunk);
      if (chunk.codePoints().anyMatch(QueryWords::isChinese)) {
        chunks.add(chunk);
        segment(chunk, words);
      } else {
        words.add(
            new Word(chunk, synonyms.of(chunk), chunk.codePointCount(0, chunk.length()) < 2, true));
      }
    }
    return new Parsed(dropStopwords(words), List.copyOf(chunks), exact.toString());
  }

  /** Whether a code point is a CJK ideograph (what bigrams are built from). */
  static boolean isChinese(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }

  /** Reads a word list resource: one word a line, {@code #} comments. */
  static Set<String> wordList(String resource) {
    try (InputStream in = QueryWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("word list missing: " + resource);
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(Synonyms.normalize(w));
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                current.appendCodePoint(cp);
              } else if (current.length() > 0) {
                chunks.add(current.toString());
                current.setLength(0);
              }
            });
    if (current.length() > 0) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  private void segment(String chunk, List<Word> words) {
    List<int[]> tokens = tokens(chunk);
    StringBuilder singles = new StringBuilder();
    int i = 0;
    while (i < tokens.size()) {
      int longest = -1;
      for (int j = i; j < tokens.size(); j++) {
        if (tokens.get(j)[1] - tokens.get(i)[0] > synonyms.longestKey()) {
          break;
        }
        if (synonyms.has(chunk.substring(tokens.get(i)[0], tokens.get(j)[1]))) {
          longest = j;
        }
      }
      if (longest >= 0) {
        flushSingles(singles, words);
        String w = chunk.substring(tokens.get(i)[0], tokens.get(longest)[1]);
        words.add(new Word(w, synonyms.of(w), false, false));
        i = longest + 1;
        continue;
      }
      String token = chunk.substring(tokens.get(i)[0], tokens.get(i)[1]);
      if (token.codePointCount(0, token.length()) == 1) {
        if (i > 0 && tokens.get(i - 1)[1] != tokens.get(i)[0]) {
          flushSingles(singles, words);
        }
        singles.append(token);
      } else {
        flushSingles(singles, words);
        words.add(new Word(token, synonyms.of(token), false, false));
      }
      i++;
    }
    flushSingles(singles, words);
  }

  private void flushSingles(StringBuilder singles, List<Word> words) {
    if (singles.length() == 0) {
      return;
    }
    String w = singles.toString();
    words.add(new Word(w, synonyms.of(w), w.codePointCount(0, w.length()) < 2, false));
    singles.setLength(0);
  }

  /** smartcn's words of a chunk, as [start, end) offsets into it. */
  private List<int[]> tokens(String chunk) {
    List<int[]> tokens = new ArrayList<>();
    try (TokenStream ts = segmenter.tokenStream("q", chunk)) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (offset.endOffset() > offset.startOffset() && offset.endOffset() <= chunk.length()) {
          tokens.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private List<Word> dropStopwords(List<Word> words) {
    boolean othersRemain = words.stream().anyMatch(w -> !w.weak() && !stopwords.contains(w.text()));
    if (!othersRemain) {
      return List.copyOf(words);
    }
    return words.stream().filter(w -> !stopwords.contains(w.text())).toList();
  }
}
