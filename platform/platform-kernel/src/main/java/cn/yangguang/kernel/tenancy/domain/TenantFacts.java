package cn.yangguang.kernel.tenancy.domain;

/**
 * A tenant's registry attributes: names, current division code, province and prefecture, time zone.
 * {@code nameEn}, {@code prefectureCode} and {@code prefectureNameZh} may be null (a county
 * directly under a municipality such as Chongqing has no prefecture).
 */
public record TenantFacts(
    String nameZh,
    String nameEn,
    String divisionCode,
    String provinceCode,
    String provinceNameZh,
    String prefectureCode,
    String prefectureNameZh,
    String timeZone) {}
