/**
 * The file storage port: uploads, blank forms, samples and generated documents. Content is
 * addressed by its SHA-256 digest and kept outside any web root; metadata (tenant, name, sniffed
 * type, size) is a tenant-owned row, so a file is only ever reachable through its tenant.
 */
package cn.yangguang.api.storage;
