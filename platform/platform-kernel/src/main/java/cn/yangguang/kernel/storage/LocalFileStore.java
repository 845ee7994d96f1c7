package cn.yangguang.kernel.storage;

import cn.yangguang.api.storage.FileRejectedException;
import cn.yangguang.api.storage.FileRejectedException.Reason;
import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.storage.StoredFile;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files in a local folder, addressed by the SHA-256 of their content ({@code ab/cd/abcd...}).
 *
 * <p>The folder must be outside any web root; nothing serves it directly, every read goes through a
 * tenant's metadata row. Content is streamed to a temporary file while it is digested and counted,
 * so a too-large upload is refused without being held in memory.
 */
@ApplicationScoped
public class LocalFileStore implements FileStore {

  /** Media types accepted: documents, scans and photos of application materials, plain text. */
  static final Set<String> ALLOWED =
      Set.of(
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/tiff",
          "application/zip",
          "application/x-tika-ooxml",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/x-tika-msoffice",
          "application/msword",
          "application/vnd.ms-excel",
          "text/plain",
          "text/csv");

  private static final int SNIFF_BYTES = 8192;

  private final Tika tika = new Tika();

  @PersistenceContext(unitName = "yangguang")
  private EntityManager em;

  @Inject TenantTransactions transactions;
  @Inject PlatformClock clock;

  @Inject
  @ConfigProperty(name = "yg.storage.dir", defaultValue = "/var/lib/yangguang/files")
  String directory;

  @Inject
  @ConfigProperty(name = "yg.storage.max-bytes", defaultValue = "20971520")
  long maxBytes;

  @Override
  public StoredFile store(TenantRef tenant, String originalName, InputStream content) {
    requireTransactionOf(tenant);
    Path root = Path.of(directory);
    Path temp = null;
    try {
      Files.createDirectories(root.resolve("tmp"));
      temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] head = new byte[SNIFF_BYTES];
      int headLength = 0;
      long size = 0;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
        byte[] buffer = new byte[65536];
        int n;
        while ((n = content.read(buffer)) > 0) {
          if (headLength < SNIFF_BYTES) {
            int take = Math.min(n, SNIFF_BYTES - headLength);
            System.arraycopy(buffer, 0, head, headLength, take);
            headLength += take;
          }
          size += n;
          if (size > maxBytes) {
            throw new FileRejectedException(
                Reason.TOO_LARGE, "the file is larger than " + maxBytes + " bytes");
          }
          out.write(buffer, 0, n);
        }
      }
      if (size == 0) {
        throw new FileRejectedException(Reason.EMPTY, "the file is empty");
      }
      String type = tika.detect(Arrays.copyOf(head, headLength), safeName(originalName));
      if (!ALLOWED.contains(type)) {
        throw new FileRejectedException(
            Reason.TYPE_NOT_ALLOWED, "files of type " + type + " are not accepted");
      }
      String digest = HexFormat.of().formatHex(sha.digest());
      Path target =
          root.resolve(digest.substring(0, 2)).resolve(digest.substring(2, 4)).resolve(digest);
      Files.createDirectories(target.getParent());
      if (!Files.exists(target)) {
        // rename(2): a concurrent upload of the same bytes replaces identical content, harmlessly
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
      StoredFile file =
          new StoredFile(
              UUID.randomUUID(),
              digest,
              size,
              type,
              safeName(originalName),
              clock.now().truncatedTo(ChronoUnit.MICROS));
      em.persist(new StoredFileEntity(tenant.id(), file));
      em.flush();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the file", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      deleteQuietly(temp);
    }
  }

  @Override
  public Optional<StoredFile> find(TenantRef tenant, UUID id) {
    requireTransactionOf(tenant);
    StoredFileEntity row = em.find(StoredFileEntity.class, id);
    // Row-level security already hides other tenants' rows; the check documents the contract.
    return Optional.ofNullable(row)
        .filter(r -> r.tenantId().equals(tenant.id()))
        .map(StoredFileEntity::toValue);
  }

  @Override
  public InputStream open(TenantRef tenant, UUID id) {
    StoredFile file =
        find(tenant, id).orElseThrow(() -> new NoSuchElementException("no such file"));
    String digest = file.sha256();
    Path path =
        Path.of(directory)
            .resolve(digest.substring(0, 2))
            .resolve(digest.substring(2, 4))
            .resolve(digest);
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException("the content of file " + id + " is missing", e);
    }
  }

  private void requireTransactionOf(TenantRef tenant) {
    transactions.requireCurrent(tenant, "file storage");
  }

  /** Keeps only the last path segment of an uploaded name, without control characters. */
  static String safeName(String name) {
    if (name == null || name.isBlank()) {
      return "file";
    }
    String base = name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (base.isEmpty()) {
      return "file";
    }
    return base.length() > 255 ? base.substring(base.length() - 255) : base;
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a leftover temporary file is harmless and cleaned with the folder
      }
    }
  }
}
