package cn.yangguang.disclosure.domain;

import java.util.UUID;

/**
 * A file attached to a document, held by the platform's storage port.
 *
 * @param fileId the stored file's id
 * @param name the name shown and downloaded under
 */
public record Attachment(UUID fileId, String name) {}
