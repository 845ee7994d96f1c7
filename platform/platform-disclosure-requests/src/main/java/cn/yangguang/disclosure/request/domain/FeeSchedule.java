package cn.yangguang.disclosure.request.domain;

import java.math.BigDecimal;

/**
 * The information-processing fee of 国办函〔2020〕109号 (Art. 42): free by default; an agency charges
 * only for excessive use, by ONE scale per request. Per request: an applicant's 1st to 10th request
 * to the agency in a calendar month is free, the 11th to 30th costs 100 yuan each, and each further
 * band of 10 costs 100 yuan more per request. Per page: pages 1-30 are free, 31-100 cost 10 yuan a
 * page, 101-200 20 yuan, beyond 200 40 yuan, each page at its own band's rate (marginal bands). The
 * bands are the national ones of 2020; a province that changes them changes this class's caller's
 * data.
 */
public final class FeeSchedule {

  /** The two scales; one is chosen for each request. */
  public enum Scale {
    PER_REQUEST,
    PER_PAGE
  }

  private FeeSchedule() {}

  /** The fee of a request by a scale. */
  public static BigDecimal fee(Scale scale, int ordinalInMonth, int pages) {
    return scale == Scale.PER_REQUEST ? perRequest(ordinalInMonth) : perPage(pages);
  }

  /**
   * The fee of an applicant's {@code n}-th request to one agency in a calendar month.
   *
   * @throws IllegalArgumentException for n below 1
   */
  public static BigDecimal perRequest(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("the first request of a month is number 1");
    }
    if (n <= 10) {
      return BigDecimal.ZERO;
    }
    if (n <= 30) {
      return BigDecimal.valueOf(100);
    }
    long bands = (n - 30 + 9) / 10; // 31-40 is the first band above 30
    return BigDecimal.valueOf(100 + 100 * bands);
  }

  /**
   * The fee of a request of {@code pages} pages, each page at its band's rate.
   *
   * @throws IllegalArgumentException for a negative count
   */
  public static BigDecimal perPage(int pages) {
    if (pages < 0) {
      throw new IllegalArgumentException("a page count is never negative");
    }
    long fee =
        10L * band(pages, 30, 100) + 20L * band(pages, 100, 200) + 40L * band(pages, 200, -1);
    return BigDecimal.valueOf(fee);
  }

  /** How many of {@code pages} fall in (after, upTo]; upTo -1 for no upper bound. */
  private static long band(int pages, int after, int upTo) {
    int top = upTo < 0 ? pages : Math.min(pages, upTo);
    return Math.max(0, top - after);
  }
}
