package cn.yangguang.kernel.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An {@link AnchorSigner} whose keys are PEM files in a directory outside the database: Ed25519
 * (JDK) or SM2 with SM3 (Bouncy Castle) key pairs, the private key as PKCS#8 ({@code
 * active-ed25519.key.pem} or {@code active-sm2.key.pem}, mode 600 where the file system is POSIX)
 * and every public key as X.509 ({@code <keyId>.pub.pem}). The key id is the first 16 hex
 * characters of the SHA-256 of the public key's X.509 encoding.
 *
 * <p>Rotation: move the {@code active-*.key.pem} file out of the directory (destroy or archive it
 * offline) and keep its {@code .pub.pem}; the next {@link #loadOrCreate} creates a fresh key pair,
 * and anchors made with the retired key still verify because every {@code *.pub.pem} found is kept,
 * whatever its algorithm, and chosen by the anchor's key id.
 *
 * <p>Immutable after loading and thread-safe; public keys added to the directory later are seen
 * only by a new instance.
 */
public final class FileKeyAnchorSigner implements AnchorSigner {

  /** The signature schemes a key pair may use. */
  public enum Algorithm {
    /** Ed25519 (RFC 8032) from the JDK; signature algorithm {@code Ed25519}. */
    ED25519,
    /** SM2 (GB/T 32918) from Bouncy Castle; signature algorithm {@code SM3withSM2}. */
    SM2
  }

  private static final Object CREATE_LOCK = new Object();
  private static final byte[] PROBE = "yangguang.audit.key-probe".getBytes(StandardCharsets.UTF_8);

  private record VerifyingKey(Algorithm algorithm, PublicKey key) {}

  private final Algorithm algorithm;
  private final String keyId;
  private final PrivateKey privateKey;
  private final Map<String, VerifyingKey> publicKeys;

  private FileKeyAnchorSigner(
      Algorithm algorithm,
      String keyId,
      PrivateKey privateKey,
      Map<String, VerifyingKey> publicKeys) {
    this.algorithm = algorithm;
    this.keyId = keyId;
    this.privateKey = privateKey;
    this.publicKeys = Map.copyOf(publicKeys);
  }

  /**
   * Loads the directory's active key pair of {@code algorithm}, creating the directory (mode 700)
   * and a fresh key pair first if there is none, together with every public key in the directory.
   * Safe to call concurrently within one JVM; if two processes create a key at once, the loser's
   * key simply becomes a retired key whose anchors still verify.
   *
   * @param directory the key directory, not null
   * @param algorithm the scheme for new anchors, not null
   * @return the signer, never null
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if the directory cannot be read or written
   * @throws IllegalStateException if a key file is malformed or the active private key has no
   *     matching {@code .pub.pem}
   */
  public static FileKeyAnchorSigner loadOrCreate(Path directory, Algorithm algorithm) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(algorithm, "algorithm");
    synchronized (CREATE_LOCK) {
      try {
        if (!Files.isDirectory(directory)) {
          Files.createDirectories(directory, ownerOnly(directory, "rwx------"));
        }
        if (!Files.exists(privateKeyFile(directory, algorithm))) {
          create(directory, algorithm);
        }
        return load(directory, algorithm);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot use the anchor key directory " + directory, e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot use the anchor keys in " + directory, e);
      }
    }
  }

  static Path privateKeyFile(Path directory, Algorithm algorithm) {
    return directory.resolve("active-" + algorithm.name().toLowerCase(Locale.ROOT) + ".key.pem");
  }

  static Path publicKeyFile(Path directory, String keyId) {
    return directory.resolve(keyId + ".pub.pem");
  }

  private static FileAttribute<?>[] ownerOnly(Path path, String permissions) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }

  private static void create(Path directory, Algorithm algorithm)
      throws IOException, GeneralSecurityException {
    KeyPair pair = SigningKeys.generate(algorithm);
    byte[] spki = pair.getPublic().getEncoded();
    Files.writeString(
        publicKeyFile(directory, SigningKeys.keyId(spki)),
        SigningKeys.pem("PUBLIC KEY", spki),
        StandardCharsets.US_ASCII);
    // Written under a temporary name with mode 600 from the start, then renamed into place.
    Path tmp = Files.createTempFile(directory, ".new-", ".tmp", ownerOnly(directory, "rw-------"));
    try {
      Files.writeString(
          tmp,
          SigningKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()),
          StandardCharsets.US_ASCII);
      Files.move(tmp, privateKeyFile(directory, algorithm), StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static FileKeyAnchorSigner load(Path directory, Algorithm algorithm)
      throws IOException, GeneralSecurityException {
    Map<String, VerifyingKey> keys = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.pub.pem")) {
      for (Path f : files) {
        try {
          byte[] spki =
              SigningKeys.unpem(Files.readString(f, StandardCharsets.US_ASCII), "PUBLIC KEY");
          Algorithm a = SigningKeys.algorithmOf(spki);
          keys.put(SigningKeys.keyId(spki), new VerifyingKey(a, SigningKeys.publicKey(a, spki)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
          throw new IllegalStateException("malformed public key file " + f, e);
        }
      }
    }
    Path privateFile = privateKeyFile(directory, algorithm);
    PrivateKey privateKey;
    try {
      privateKey =
          SigningKeys.privateKey(
              algorithm,
              SigningKeys.unpem(
                  Files.readString(privateFile, StandardCharsets.US_ASCII), "PRIVATE KEY"));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new IllegalStateException("malformed private key file " + privateFile, e);
    }
    // Which public key belongs to the private key: the one that verifies a probe signature.
    Signature s = SigningKeys.signature(algorithm);
    s.initSign(privateKey);
    s.update(PROBE);
    byte[] probe = s.sign();
    for (Map.Entry<String, VerifyingKey> k : keys.entrySet()) {
      if (k.getValue().algorithm() == algorithm && verifies(k.getValue(), PROBE, probe)) {
        return new FileKeyAnchorSigner(algorithm, k.getKey(), privateKey, keys);
      }
    }
    throw new IllegalStateException(
        "no .pub.pem in " + directory + " matches the private key " + privateFile.getFileName());
  }

  private static boolean verifies(VerifyingKey k, byte[] data, byte[] signature)
      throws GeneralSecurityException {
    Signature v = SigningKeys.signature(k.algorithm());
    v.initVerify(k.key());
    v.update(data);
    return v.verify(signature);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Signs with the active key: Ed25519 or SM3withSM2 as loaded.
   */
  @Override
  public Anchor sign(UUID tenantId, long chainSeq, String headHash, Instant at) {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(headHash, "headHash");
    Objects.requireNonNull(at, "at");
    if (!Canonical.isHash(headHash)) {
      throw new IllegalArgumentException("headHash is not 64 lower-case hex characters");
    }
    String signatureAlgorithm = SigningKeys.signatureAlgorithm(algorithm);
    Anchor unsigned = new Anchor(tenantId, chainSeq, headHash, at, keyId, signatureAlgorithm, "");
    try {
      Signature s = SigningKeys.signature(algorithm);
      s.initSign(privateKey);
      s.update(unsigned.signedBytes());
      String signature = Base64.getEncoder().encodeToString(s.sign());
      return new Anchor(tenantId, chainSeq, headHash, at, keyId, signatureAlgorithm, signature);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign with key " + keyId, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Any key loaded from the directory counts, active or retired; the signature must be in
   * canonical (padded) base64 and the algorithm must be the key's own.
   */
  @Override
  public boolean verify(Anchor anchor) {
    if (anchor == null) {
      return false;
    }
    VerifyingKey k = publicKeys.get(anchor.keyId());
    if (k == null
        || !SigningKeys.signatureAlgorithm(k.algorithm()).equals(anchor.signatureAlgorithm())) {
      return false;
    }
    try {
      byte[] signature = Base64.getDecoder().decode(anchor.signature());
      if (!Base64.getEncoder().encodeToString(signature).equals(anchor.signature())) {
        return false;
      }
      return verifies(k, anchor.signedBytes(), signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** {@inheritDoc} */
  @Override
  public String keyId() {
    return keyId;
  }
}
