package cn.yangguang.kernel.audit.chain;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * A signed statement that the tenant's chain had head {@code headHash} at {@code chainSeq}. The
 * signature covers {@link #signedBytes()}; whether it is genuine is for {@link AnchorSigner#verify}
 * to say.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenantId the tenant whose chain is anchored, not null
 * @param chainSeq the anchored position, at least 1
 * @param headHash the chain's hash at {@code chainSeq}, not null
 * @param anchoredAt when the anchor was made, not null
 * @param keyId the signing key's id, not null
 * @param signatureAlgorithm the JCA signature algorithm, such as {@code Ed25519} or {@code
 *     SM3withSM2}, not null
 * @param signature the signature over {@link #signedBytes()} in base64, not null
 */
public record Anchor(
    UUID tenantId,
    long chainSeq,
    String headHash,
    Instant anchoredAt,
    String keyId,
    String signatureAlgorithm,
    String signature) {

  static final String ANCHOR_TAG = "yangguang.audit.anchor.v1";
  private static final int FIELDS = 7;

  /**
   * Checks the components, so that every anchor has an export line.
   *
   * @param tenantId see the record component
   * @param chainSeq see the record component
   * @param headHash see the record component
   * @param anchoredAt see the record component
   * @param keyId see the record component
   * @param signatureAlgorithm see the record component
   * @param signature see the record component
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code chainSeq < 1} or a text component holds a tab or
   *     line break
   */
  public Anchor {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(anchoredAt, "anchoredAt");
    if (chainSeq < 1) {
      throw new IllegalArgumentException("chainSeq must be at least 1: " + chainSeq);
    }
    requireField(headHash, "headHash");
    requireField(keyId, "keyId");
    requireField(signatureAlgorithm, "signatureAlgorithm");
    requireField(signature, "signature");
  }

  private static void requireField(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(name + " must not contain tabs or line breaks");
    }
  }

  /**
   * The exact bytes signed: the canonical encoding (as for entries) of the domain tag {@code
   * "yangguang.audit.anchor.v1"}, tenantId, chainSeq, headHash, anchoredAt, keyId and
   * signatureAlgorithm. The signature itself is not included.
   *
   * @return a fresh array, never null
   * @throws IllegalArgumentException if a text component holds an unpaired surrogate
   */
  public byte[] signedBytes() {
    return new Canonical()
        .putString(ANCHOR_TAG)
        .putUuid(tenantId)
        .putLong(chainSeq)
        .putString(headHash)
        .putInstant(anchoredAt)
        .putString(keyId)
        .putString(signatureAlgorithm)
        .toByteArray();
  }

  /**
   * One line of the export format (e.g. {@code anchors.tsv}), without a line terminator: the
   * components in declaration order separated by tabs, {@code anchoredAt} in ISO-8601 ({@link
   * Instant#toString()}, exact to the nanosecond).
   *
   * @return the line, never null
   */
  public String toExportLine() {
    return String.join(
        "\t",
        tenantId.toString(),
        Long.toString(chainSeq),
        headHash,
        anchoredAt.toString(),
        keyId,
        signatureAlgorithm,
        signature);
  }

  /**
   * Parses a line written by {@link #toExportLine()}; one trailing {@code \n} or {@code \r\n} is
   * tolerated. Only the canonical form is accepted (lower-case UUID, plain decimal chainSeq, {@link
   * Instant#toString()}), so a line has exactly one parse. The signature is not checked.
   *
   * @param line the line, not null
   * @return the anchor, never null
   * @throws NullPointerException if {@code line} is null
   * @throws IllegalArgumentException if the line does not have seven well-formed fields
   */
  public static Anchor fromExportLine(String line) {
    Objects.requireNonNull(line, "line");
    String l = line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line;
    l = l.endsWith("\n") ? l.substring(0, l.length() - 1) : l;
    String[] f = l.split("\t", -1);
    if (f.length != FIELDS) {
      throw new IllegalArgumentException(
          "an anchor line has " + FIELDS + " tab-separated fields, not " + f.length);
    }
    Anchor a;
    try {
      a =
          new Anchor(
              UUID.fromString(f[0]),
              Long.parseLong(f[1]),
              f[2],
              Instant.parse(f[3]),
              f[4],
              f[5],
              f[6]);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("malformed anchoredAt: " + f[3], e);
    }
    if (!a.toExportLine().equals(l)) {
      throw new IllegalArgumentException("anchor line not in canonical form (as toExportLine)");
    }
    return a;
  }
}
