package cn.yangguang.disclosure.request.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The statutory annual report (Art. 49-50) of one agency, or of the county ({@link #COUNTY}), for a
 * year: the tables generated from the data, what officers wrote, and its publication. The due date:
 * county departments (and townships, unless a county sets otherwise) by 31 January, the county
 * government's roll-up by 31 March of the next year.
 *
 * @param agencyCode the agency, or {@link #COUNTY} for the roll-up
 * @param status DRAFT (tables live from the data) or PUBLISHED (tables frozen at publication)
 */
public record AnnualReport(
    String agencyCode,
    int year,
    Table2 table2,
    Table3 table3,
    Table4 table4,
    Narrative narrative,
    Status status,
    Instant publishedAt,
    java.util.UUID documentId) {

  /** The agency code of the county's roll-up. */
  public static final String COUNTY = "*";

  /** Draft or published. */
  public enum Status {
    DRAFT,
    PUBLISHED
  }

  /** Whether it is the county's roll-up. */
  public boolean county() {
    return COUNTY.equals(agencyCode);
  }

  /** The statutory publication date. */
  public LocalDate dueOn() {
    return county() ? LocalDate.of(year + 1, 3, 31) : LocalDate.of(year + 1, 1, 31);
  }
}
