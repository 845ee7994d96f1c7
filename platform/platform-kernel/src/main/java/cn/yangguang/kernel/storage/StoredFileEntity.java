package cn.yangguang.kernel.storage;

import cn.yangguang.api.storage.StoredFile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The metadata row of a stored file ({@code yg.stored_file}, tenant-owned). */
@Entity
@Table(name = "stored_file", schema = "yg")
public class StoredFileEntity {

  @Id private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "original_name", nullable = false)
  private String originalName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** For JPA. */
  protected StoredFileEntity() {}

  StoredFileEntity(UUID tenantId, StoredFile f) {
    this.id = f.id();
    this.tenantId = tenantId;
    this.sha256 = f.sha256();
    this.size = f.size();
    this.contentType = f.contentType();
    this.originalName = f.originalName();
    this.createdAt = f.createdAt();
  }

  UUID tenantId() {
    return tenantId;
  }

  StoredFile toValue() {
    return new StoredFile(id, sha256, size, contentType, originalName, createdAt);
  }
}
