package cn.yangguang.kernel.audit.chain;

import cn.yangguang.kernel.audit.chain.FileKeyAnchorSigner.Algorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Key generation, encoding and signature objects for {@link FileKeyAnchorSigner}: Ed25519 from the
 * JDK, SM2 (curve sm2p256v1, signature SM3withSM2 with the default user id of GM/T 0009) from a
 * private Bouncy Castle provider instance that is never installed JVM-wide. Stateless and
 * thread-safe; every call returns fresh JCA objects.
 */
final class SigningKeys {

  private static final String SM2_CURVE = "sm2p256v1";

  /** id-Ed25519 (RFC 8410). */
  private static final ASN1ObjectIdentifier ED25519 = new ASN1ObjectIdentifier("1.3.101.112");

  private SigningKeys() {}

  /** Holds the Bouncy Castle provider, created on first SM2 use. */
  private static final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }

  static String signatureAlgorithm(Algorithm a) {
    return a == Algorithm.SM2 ? "SM3withSM2" : "Ed25519";
  }

  static KeyPair generate(Algorithm a) throws GeneralSecurityException {
    if (a == Algorithm.SM2) {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
      g.initialize(new ECGenParameterSpec(SM2_CURVE));
      return g.generateKeyPair();
    }
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  static Signature signature(Algorithm a) throws GeneralSecurityException {
    return a == Algorithm.SM2
        ? Signature.getInstance("SM3withSM2", Bc.PROVIDER)
        : Signature.getInstance("Ed25519");
  }

  private static KeyFactory keyFactory(Algorithm a) throws GeneralSecurityException {
    return a == Algorithm.SM2
        ? KeyFactory.getInstance("EC", Bc.PROVIDER)
        : KeyFactory.getInstance("Ed25519");
  }

  /**
   * The algorithm of an X.509 SubjectPublicKeyInfo encoding: Ed25519, or EC on curve sm2p256v1.
   *
   * @throws IllegalArgumentException for anything else or a malformed encoding
   */
  static Algorithm algorithmOf(byte[] spki) {
    SubjectPublicKeyInfo info;
    try {
      info = SubjectPublicKeyInfo.getInstance(spki);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an X.509 public key", e);
    }
    ASN1ObjectIdentifier oid = info.getAlgorithm().getAlgorithm();
    if (ED25519.equals(oid)) {
      return Algorithm.ED25519;
    }
    ASN1Encodable params = info.getAlgorithm().getParameters();
    if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)
        && GMObjectIdentifiers.sm2p256v1.equals(params)) {
      return Algorithm.SM2;
    }
    throw new IllegalArgumentException("neither an Ed25519 nor an SM2 public key: " + oid);
  }

  static PublicKey publicKey(Algorithm a, byte[] spki) throws GeneralSecurityException {
    return keyFactory(a).generatePublic(new X509EncodedKeySpec(spki));
  }

  static PrivateKey privateKey(Algorithm a, byte[] pkcs8) throws GeneralSecurityException {
    return keyFactory(a).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  /** The first 16 hex characters of the SHA-256 of the public key's X.509 encoding. */
  static String keyId(byte[] spki) {
    try {
      return Canonical.hex(MessageDigest.getInstance("SHA-256").digest(spki)).substring(0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** PEM text with 64-character base64 lines, e.g. type {@code PUBLIC KEY}. */
  static String pem(String type, byte[] der) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
  }

  /**
   * The DER bytes of the first PEM block of the given type in {@code text}.
   *
   * @throws IllegalArgumentException if there is no such block or its base64 is malformed
   */
  static byte[] unpem(String text, String type) {
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int from = text.indexOf(begin);
    int to = from < 0 ? -1 : text.indexOf(end, from + begin.length());
    if (from < 0 || to < 0) {
      throw new IllegalArgumentException("no " + type + " PEM block");
    }
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to).strip());
  }
}
