package cn.yangguang.kernel.codelist;

/**
 * One entry of a code list.
 *
 * @param code the stable code, e.g. {@code 01}
 * @param labelZh the Chinese label, e.g. 行政许可
 * @param labelEn the English label, may be null
 * @param scope NATIONAL, PROVINCE or TENANT: where the entry comes from
 */
public record CodeListEntry(String code, String labelZh, String labelEn, String scope) {}
