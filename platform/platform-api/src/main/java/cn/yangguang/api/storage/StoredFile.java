package cn.yangguang.api.storage;

import java.time.Instant;
import java.util.UUID;

/**
 * Metadata of one stored file as its tenant sees it.
 *
 * @param id the file's id within its tenant
 * @param sha256 hex digest of the content (the content address)
 * @param size content length in bytes
 * @param contentType the media type sniffed from the content, not the one the uploader claimed
 * @param originalName the name the uploader gave, for display and download only
 * @param createdAt when the file was stored
 */
public record StoredFile(
    UUID id,
    String sha256,
    long size,
    String contentType,
    String originalName,
    Instant createdAt) {}
