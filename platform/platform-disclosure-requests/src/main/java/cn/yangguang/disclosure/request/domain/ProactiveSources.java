package cn.yangguang.disclosure.request.domain;

import java.math.BigDecimal;

/**
 * Where Table 2's figures come from outside this context: the published documents (disclosure
 * publishing) and the licensing decisions and fees (casework). Adapters read them; neither context
 * knows this one.
 */
public interface ProactiveSources {

  /** 规章 (RULE) or 行政规范性文件 (NORMATIVE) of the agency (every agency when null) in the year. */
  Table2.DocumentCounts documents(String agencyCode, String kind, int year);

  /** 行政许可 decisions the agency's cases received in the year. */
  int licensingDecisions(String agencyCode, int year);

  /** Fees charged on the agency's cases in the year, in yuan. */
  BigDecimal fees(String agencyCode, int year);
}
