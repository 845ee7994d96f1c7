package cn.yangguang.kernel.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The master key of personal-data field encryption, held outside the database in the key folder
 * ({@code yg.audit.keys.dir}: a mounted secret in production, {@code .yangguang/local/keys} in the
 * local stack). The local stack creates it on first use; production mounts it. Application-scoped
 * and thread-safe.
 */
@ApplicationScoped
public class FieldKeys {

  static final String FILE = "field-master.key";

  @Inject
  @ConfigProperty(name = "yg.audit.keys.dir", defaultValue = "/var/lib/yangguang/keys")
  String directory;

  private volatile FieldCipher cipher;

  /** The cipher over the master key (created with a fresh key when the folder holds none). */
  public FieldCipher cipher() {
    FieldCipher c = cipher;
    if (c == null) {
      synchronized (this) {
        if (cipher == null) {
          cipher = new FieldCipher(loadOrCreate(Path.of(directory)));
        }
        c = cipher;
      }
    }
    return c;
  }

  static byte[] loadOrCreate(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dir);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
          Files.write(file, key, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
          // another node or thread wrote it first: use theirs
        }
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create the field key in " + dir, e);
    }
  }
}
