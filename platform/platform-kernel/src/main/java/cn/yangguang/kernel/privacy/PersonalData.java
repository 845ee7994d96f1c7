package cn.yangguang.kernel.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident ID numbers and mobile numbers: validation and masking. Stateless and thread-safe; null
 * in, null out.
 *
 * <p>Masks keep what people need to tell records apart and nothing more: an ID number keeps its
 * first four digits (province and prefecture) and last four ({@code 4228**********123X}); a mobile
 * number its first three and last four ({@code 138****5678}).
 */
public final class PersonalData {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  /**
   * 18-character ID numbers (the last may be X) and 11-digit mobile numbers, not inside longer
   * digit runs.
   */
  private static final Pattern ID_NUMBER =
      Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");

  private static final Pattern MOBILE =
      Pattern.compile("(?<!\\d)(?:\\+?86[- ]?)?(1[3-9]\\d)(\\d{4})(\\d{4})(?!\\d)");

  private PersonalData() {}

  /**
   * Whether {@code value} is a well-formed resident ID number: 17 digits, a valid birth date at
   * positions 7-14, and the ISO 7064 MOD 11-2 check character of GB 11643.
   */
  public static boolean isValidIdNumber(String value) {
    if (value == null || value.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    if (Character.toUpperCase(value.charAt(17)) != CHECK[sum % 11]) {
      return false;
    }
    try {
      LocalDate birth =
          LocalDate.of(
              Integer.parseInt(value.substring(6, 10)),
              Integer.parseInt(value.substring(10, 12)),
              Integer.parseInt(value.substring(12, 14)));
      return birth.getYear() >= 1900;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /**
   * An ID number masked as {@code 4228**********123X}; any other text of 8+ characters similarly.
   */
  public static String maskIdNumber(String value) {
    if (value == null) {
      return null;
    }
    if (value.length() < 8) {
      return "*".repeat(value.length());
    }
    return value.substring(0, 4)
        + "*".repeat(value.length() - 8)
        + value.substring(value.length() - 4);
  }

  /** A mobile number masked as {@code 138****5678}. */
  public static String maskPhone(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = MOBILE.matcher(value);
    if (m.matches()) {
      return m.group(1) + "****" + m.group(3);
    }
    return value.length() <= 4
        ? "*".repeat(value.length())
        : "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
  }

  /**
   * Free text with every valid ID number and every mobile number in it masked: for log lines, error
   * details and anything else that may carry what a person typed.
   */
  public static String maskText(String text) {
    if (text == null || text.length() < 11) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    Matcher ids = ID_NUMBER.matcher(text);
    int last = 0;
    while (ids.find()) {
      if (isValidIdNumber(ids.group().toUpperCase(java.util.Locale.ROOT))) {
        out.append(text, last, ids.start()).append(maskIdNumber(ids.group()));
        last = ids.end();
      }
    }
    out.append(text, last, text.length());
    return MOBILE.matcher(out).replaceAll(r -> r.group(1) + "****" + r.group(3));
  }
}
