package cn.yangguang.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A secret of the local stack kept in a file of the data folder, readable by its owner only.
 *
 * <p>Generated once and then read back: the stack restarts on the same data with the same secrets,
 * because the database and Keycloak remember them (a new Keycloak admin password would not even
 * take effect, Keycloak creates its bootstrap admin only once).
 */
final class SecretFile {

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretFile() {}

  /** The secret in {@code file}, or a new random one (hex of {@code bytes} bytes) written there. */
  static String readOrCreate(Path file, int bytes) {
    try {
      if (Files.exists(file)) {
        return Files.readString(file).strip();
      }
      byte[] random = new byte[bytes];
      RANDOM.nextBytes(random);
      String secret = HexFormat.of().formatHex(random);
      Files.createDirectories(file.getParent());
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, secret);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read or write " + file, e);
    }
  }
}
