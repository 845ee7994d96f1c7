package cn.yangguang.kernel.tenancy.manifest;

/**
 * One thing wrong with a manifest.
 *
 * @param path where, as a dotted path with list indexes ({@code townships[3].villages[0].code})
 * @param reason what is wrong, in English
 */
public record ManifestProblem(String path, String reason) {}
