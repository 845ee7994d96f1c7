package cn.yangguang.kernel.audit.chain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The hash algorithms an entry may carry. Both produce 32-byte digests (64 hex characters), so
 * entries of either algorithm link to each other and a tenant may switch algorithm mid-chain.
 *
 * <p>Thread-safe: constants are immutable and every digest uses a fresh digest object.
 */
public enum HashAlgorithm {
  /** SHA-256 (FIPS 180-4), from the JDK. */
  SHA256("SHA-256"),
  /** SM3 (GB/T 32905-2016), from Bouncy Castle; required where 密评 applies. */
  SM3("SM3");

  private final String id;

  HashAlgorithm(String id) {
    this.id = id;
  }

  /**
   * The stable identifier stored with each entry and hashed into it.
   *
   * @return {@code "SHA-256"} or {@code "SM3"}, never null
   */
  public String id() {
    return id;
  }

  /**
   * The algorithm with the given {@link #id()} (exact, case-sensitive match).
   *
   * @param id a stored identifier, not null
   * @return the algorithm, never null
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no algorithm has that identifier
   */
  public static HashAlgorithm of(String id) {
    Objects.requireNonNull(id, "id");
    for (HashAlgorithm a : values()) {
      if (a.id.equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown hash algorithm: " + id);
  }

  /** The digest of {@code data} (32 bytes). */
  byte[] digest(byte[] data) {
    switch (this) {
      case SM3:
        SM3Digest sm3 = new SM3Digest();
        sm3.update(data, 0, data.length);
        byte[] out = new byte[sm3.getDigestSize()];
        sm3.doFinal(out, 0);
        return out;
      case SHA256:
      default:
        try {
          return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
          throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
  }
}
