package cn.yangguang.disclosure.domain;

/**
 * A disclosure column (公开栏目) or a county's customisation of a template column.
 *
 * @param code stable identifier (lower-case ASCII), unique in the county
 * @param parentCode the parent column's code, or null for a top-level column
 * @param kind 党务, 政务, 事务, 厂务, 村务 or 司法 (a sub-column has its parent's kind)
 * @param hidden a county hides a template column it does not use
 * @param countyOwn whether the row is the county's (an addition or a customisation), not the
 *     template's
 */
public record DisclosureColumn(
    String code,
    String parentCode,
    Kind kind,
    String nameZh,
    String nameEn,
    int sortOrder,
    boolean hidden,
    boolean countyOwn) {

  /** The six kinds of disclosure. */
  public enum Kind {
    PARTY,
    GOVERNMENT,
    AFFAIRS,
    ENTERPRISE,
    VILLAGE,
    JUDICIAL
  }

  /** The name in a language ({@code en} or Chinese). */
  public String name(String language) {
    return "en".equals(language) && nameEn != null ? nameEn : nameZh;
  }
}
