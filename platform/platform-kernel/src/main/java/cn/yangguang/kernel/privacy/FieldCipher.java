package cn.yangguang.kernel.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Encrypts personal data fields (ID numbers, phone numbers) for storage with SM4 in GCM mode, per
 * ADR 0011. Each county has its own data key, derived from the master key with HMAC-SM3 over the
 * county's id, so one county's ciphertext never opens with another county's key; the master key
 * lives outside the database ({@link FieldKeys}).
 *
 * <p>Ciphertext format: {@code sm4gcm1:} + Base64(12-byte nonce || ciphertext || 16-byte tag), the
 * tenant id bound as associated data. The version prefix leaves room for key rotation.
 *
 * <p>Thread-safe and stateless apart from the immutable master key. Null in, null out. A value that
 * was tampered with, or belongs to another county, fails with {@link IllegalStateException}.
 */
public final class FieldCipher {

  private static final String PREFIX = "sm4gcm1:";
  private static final Provider BC = new BouncyCastleProvider();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] master;

  /**
   * @param masterKey at least 32 bytes of key material, copied
   */
  public FieldCipher(byte[] masterKey) {
    if (masterKey == null || masterKey.length < 32) {
      throw new IllegalArgumentException("the field master key needs at least 32 bytes");
    }
    this.master = masterKey.clone();
  }

  /** Encrypts {@code plain} for {@code tenantId}. */
  public String encrypt(UUID tenantId, String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[12];
      RANDOM.nextBytes(nonce);
      Cipher c = Cipher.getInstance("SM4/GCM/NoPadding", BC);
      c.init(Cipher.ENCRYPT_MODE, dataKey(tenantId), new GCMParameterSpec(128, nonce));
      c.updateAAD(tenantId.toString().getBytes(StandardCharsets.US_ASCII));
      byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return PREFIX
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SM4 encryption failed", e);
    }
  }

  /** Decrypts a value {@link #encrypt} made for {@code tenantId}. */
  public String decrypt(UUID tenantId, String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      throw new IllegalStateException("not a field ciphertext");
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher c = Cipher.getInstance("SM4/GCM/NoPadding", BC);
      c.init(Cipher.DECRYPT_MODE, dataKey(tenantId), new GCMParameterSpec(128, all, 0, 12));
      c.updateAAD(tenantId.toString().getBytes(StandardCharsets.US_ASCII));
      return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("the field cannot be decrypted with this county's key", e);
    }
  }

  /**
   * A keyed hash (HMAC-SM3, hex) of a normalised value, for exact-match lookups without decrypting:
   * equal inputs of one county give equal hashes; other counties' hashes differ.
   */
  public String blindIndex(UUID tenantId, String value) {
    if (value == null) {
      return null;
    }
    byte[] mac = hmac(derive("blind-index:" + tenantId), value.strip().toUpperCase());
    StringBuilder hex = new StringBuilder();
    for (byte b : mac) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }

  private SecretKeySpec dataKey(UUID tenantId) {
    byte[] k = derive("field-data-key:" + tenantId);
    return new SecretKeySpec(k, 0, 16, "SM4");
  }

  private byte[] derive(String label) {
    return hmac(master, label);
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HMACSM3", BC);
      mac.init(new SecretKeySpec(key, "HMACSM3"));
      return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SM3 failed", e);
    }
  }
}
