package cn.yangguang.hotline.domain;

/** How a closed ticket ended. */
public enum Resolution {
  /** 直接答复: an enquiry answered at once. */
  DIRECT_ANSWER,
  /** An emergency transferred to 110/119/120/122 (国办函〔2025〕66号). */
  TRANSFERRED,
  /** The matter has its own legal route; the caller was told which. */
  LEGAL_ROUTE,
  /** Unlawful, secret or private: explained and declined. */
  DECLINED,
  /** Handled by the units, replied and called back. */
  HANDLED,
  /** A duplicate, merged into another ticket. */
  MERGED,
  /** A city ticket the county returned to the prefecture's platform (not the county's duty). */
  RETURNED_TO_CITY
}
