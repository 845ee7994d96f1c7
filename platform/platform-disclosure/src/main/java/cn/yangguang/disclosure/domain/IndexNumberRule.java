package cn.yangguang.disclosure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The county's rule for index numbers (索引号): body code, year and sequence, in the layout the
 * province prescribes, written as a pattern such as {@code {body}/{year}-{seq:5}}.
 *
 * <p>Placeholders: {@code {body}} the agency's unified social credit code (its code when it has
 * none), {@code {agency}} the agency's code, {@code {division}} the county's division code, {@code
 * {year}} the year formed, {@code {seq:N}} the agency's running number in that year, zero-padded to
 * N digits (1-8). A rule must contain the year, the sequence and the body or agency, so that two
 * documents never get one number; other characters are letters, digits and {@code / - _ .}.
 */
public final class IndexNumberRule {

  /** The rule a county has until it sets its own. */
  public static final String DEFAULT = "{body}/{year}-{seq:5}";

  private static final Pattern TOKEN =
      Pattern.compile("\\{(body|agency|division|year|seq:([1-8]))}");
  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9/_.\\-]*");

  private final String pattern;

  private IndexNumberRule(String pattern) {
    this.pattern = pattern;
  }

  /**
   * A rule, checked.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static IndexNumberRule of(String pattern) {
    List<String> problems = problems(pattern);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", problems));
    }
    return new IndexNumberRule(pattern);
  }

  /** What is wrong with a pattern; empty when it is a valid rule. */
  public static List<String> problems(String pattern) {
    List<String> out = new ArrayList<>();
    if (pattern == null || pattern.isBlank() || pattern.length() > 100) {
      out.add("a rule has 1 to 100 characters");
      return out;
    }
    Matcher m = TOKEN.matcher(pattern);
    int last = 0;
    boolean year = false;
    boolean seq = false;
    boolean body = false;
    while (m.find()) {
      checkLiteral(pattern.substring(last, m.start()), out);
      String t = m.group(1);
      year |= t.equals("year");
      seq |= t.startsWith("seq:");
      body |= t.equals("body") || t.equals("agency");
      last = m.end();
    }
    checkLiteral(pattern.substring(last), out);
    if (!year) {
      out.add("the rule needs {year}");
    }
    if (!seq) {
      out.add("the rule needs {seq:N} (N = 1..8 digits)");
    }
    if (!body) {
      out.add("the rule needs {body} or {agency}");
    }
    return out;
  }

  private static void checkLiteral(String literal, List<String> out) {
    if (!LITERAL.matcher(literal).matches()) {
      out.add(
          "unknown placeholder or character in \""
              + literal
              + "\" (use {body}, {agency}, {division}, {year}, {seq:N}, letters, digits, / - _ .)");
    }
  }

  /** The index number of an agency's {@code seq}-th document of {@code year}. */
  public String format(String body, String agency, String division, int year, int seq) {
    Matcher m = TOKEN.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String t = m.group(1);
      String value =
          switch (t) {
            case "body" -> body;
            case "agency" -> agency;
            case "division" -> division;
            case "year" -> String.valueOf(year);
            default -> pad(seq, Integer.parseInt(m.group(2)));
          };
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String pad(int seq, int digits) {
    String s = String.valueOf(seq);
    return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
  }

  /** The pattern. */
  public String pattern() {
    return pattern;
  }

  @Override
  public String toString() {
    return pattern;
  }
}
