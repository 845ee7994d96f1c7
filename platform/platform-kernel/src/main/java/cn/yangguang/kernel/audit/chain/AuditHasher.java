package cn.yangguang.kernel.audit.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Computes entry hashes and links contents into a chain.
 *
 * <p>The hashed bytes are {@code canonical(chainSeq, content, algorithm) || prevHash}, written with
 * the encoding of {@link Canonical} in this fixed order: the domain tag {@code
 * "yangguang.audit.entry.v1"}, chainSeq, algorithm id, tenantId, entryId, occurredAt (epoch
 * seconds, nanos), actor, role, subjectType, subjectId, action, summaryJson, and finally the
 * previous hash as 32 length-prefixed raw bytes. Changing any of this breaks every stored chain, so
 * it is pinned by golden tests.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuditHasher {

  /** The previous hash of every chain's first entry: 64 zeros, for SHA-256 and SM3 alike. */
  public static final String GENESIS = "0".repeat(64);

  /** Separates entry hashes from every other use of the same hash functions. Version 1. */
  static final String ENTRY_TAG = "yangguang.audit.entry.v1";

  private AuditHasher() {}

  /**
   * The hash of one entry: {@code H(canonical(chainSeq, content, algorithm) || prevHash)}. The
   * canonical form is a length-prefixed UTF-8 encoding of every field in a fixed order, with nulls
   * encoded distinctly from empty strings and the instant as epoch seconds plus nanos, so no two
   * different contents share a serialization.
   *
   * @param chainSeq the entry's position, at least 1
   * @param content the content, not null
   * @param algorithm the hash function, not null
   * @param prevHash the previous entry's hash or {@link #GENESIS}: 64 lower-case hex characters
   * @return the hash in lower-case hex (64 characters), never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code chainSeq < 1}, {@code prevHash} is not 64 lower-case
   *     hex characters, or a text field holds an unpaired surrogate (not encodable as UTF-8)
   */
  public static String hash(
      long chainSeq, AuditContent content, HashAlgorithm algorithm, String prevHash) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(prevHash, "prevHash");
    if (chainSeq < 1) {
      throw new IllegalArgumentException("chainSeq must be at least 1: " + chainSeq);
    }
    if (!Canonical.isHash(prevHash)) {
      throw new IllegalArgumentException("prevHash is not 64 lower-case hex characters");
    }
    return Canonical.hex(algorithm.digest(bytes(chainSeq, content, algorithm, prevHash)));
  }

  /** The exact bytes hashed for an entry (package-private for golden tests). */
  static byte[] bytes(long chainSeq, AuditContent c, HashAlgorithm algorithm, String prevHash) {
    return new Canonical()
        .putString(ENTRY_TAG)
        .putLong(chainSeq)
        .putString(algorithm.id())
        .putUuid(c.tenantId())
        .putUuid(c.entryId())
        .putInstant(c.occurredAt())
        .putString(c.actor())
        .putString(c.role())
        .putString(c.subjectType())
        .putString(c.subjectId())
        .putString(c.action())
        .putString(c.summaryJson())
        .putBytes(Canonical.unhex(prevHash))
        .toByteArray();
  }

  /**
   * Links contents in order, starting after ({@code previousSeq}, {@code previousHash}): the first
   * content gets {@code previousSeq + 1} and {@code previousHash} as its previous hash.
   *
   * @param contents the contents in commit order, not null and without null elements; all of one
   *     tenant; may be empty
   * @param previousSeq the chain's current head position, 0 for an empty chain
   * @param previousHash the chain's current head hash, {@link #GENESIS} when {@code previousSeq} is
   *     0; 64 lower-case hex characters
   * @param algorithm the hash function for every new entry, not null
   * @return the new entries in order, unmodifiable, never null
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code previousSeq < 0}, {@code previousHash} is malformed
   *     or not {@link #GENESIS} for an empty chain, the contents belong to several tenants, or a
   *     text field cannot be encoded
   */
  public static List<ChainedEntry> link(
      List<AuditContent> contents, long previousSeq, String previousHash, HashAlgorithm algorithm) {
    Objects.requireNonNull(contents, "contents");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(algorithm, "algorithm");
    if (previousSeq < 0) {
      throw new IllegalArgumentException("previousSeq must not be negative: " + previousSeq);
    }
    if (!Canonical.isHash(previousHash)) {
      throw new IllegalArgumentException("previousHash is not 64 lower-case hex characters");
    }
    if (previousSeq == 0 && !GENESIS.equals(previousHash)) {
      throw new IllegalArgumentException("an empty chain's previous hash is GENESIS");
    }
    List<ChainedEntry> linked = new ArrayList<>(contents.size());
    UUID tenant = null;
    long seq = previousSeq;
    String prev = previousHash;
    for (AuditContent c : contents) {
      Objects.requireNonNull(c, "contents element");
      if (tenant == null) {
        tenant = c.tenantId();
      } else if (!tenant.equals(c.tenantId())) {
        throw new IllegalArgumentException(
            "one chain per tenant: " + tenant + " and " + c.tenantId());
      }
      seq = Math.addExact(seq, 1);
      String h = hash(seq, c, algorithm, prev);
      linked.add(new ChainedEntry(seq, c, algorithm, prev, h));
      prev = h;
    }
    return Collections.unmodifiableList(linked);
  }
}
