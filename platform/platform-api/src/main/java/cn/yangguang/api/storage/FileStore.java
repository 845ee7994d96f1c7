package cn.yangguang.api.storage;

import cn.yangguang.api.tenant.TenantRef;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores and retrieves files for a tenant.
 *
 * <p>Thread-safe. Methods must be called inside a transaction of the given tenant (the platform's
 * tenant-transaction helper); the metadata row commits with that transaction, and content written
 * for a rolled-back transaction is unreferenced and may be collected. Identical content is stored
 * once.
 */
public interface FileStore {

  /**
   * Stores content read from {@code content} (the stream is read to the end, not closed).
   *
   * @param tenant the owning tenant, not null
   * @param originalName the uploader's file name, not null; only used for display
   * @param content the bytes, not null
   * @return the stored file's metadata
   * @throws FileRejectedException if the content is empty, too large, or of a type that is not
   *     allowed
   */
  StoredFile store(TenantRef tenant, String originalName, InputStream content);

  /** The metadata of a file of this tenant, or empty when the tenant has no such file. */
  Optional<StoredFile> find(TenantRef tenant, UUID id);

  /**
   * Opens the content of a file of this tenant; the caller closes the stream.
   *
   * @throws java.util.NoSuchElementException when the tenant has no such file
   */
  InputStream open(TenantRef tenant, UUID id);
}
