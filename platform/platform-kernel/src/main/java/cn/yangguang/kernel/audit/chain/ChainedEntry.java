package cn.yangguang.kernel.audit.chain;

import java.util.Objects;

/**
 * A chained entry as written by {@link AuditHasher#link} or as read back from the store. Its values
 * are not checked against each other here (a stored entry may have been tampered with); {@link
 * ChainVerifier} does that.
 *
 * <p>Immutable and thread-safe.
 *
 * @param chainSeq the entry's position in its tenant's chain: 1-based and consecutive
 * @param content what was hashed, not null
 * @param algorithm the hash algorithm of this entry, not null
 * @param prevHash the previous entry's hash in lower-case hex, or {@link AuditHasher#GENESIS} for
 *     the first entry (for SHA-256 and SM3 alike), not null
 * @param hash this entry's hash in lower-case hex, not null
 */
public record ChainedEntry(
    long chainSeq, AuditContent content, HashAlgorithm algorithm, String prevHash, String hash) {

  /**
   * Checks that no reference component is null.
   *
   * @param chainSeq see the record component
   * @param content see the record component
   * @param algorithm see the record component
   * @param prevHash see the record component
   * @param hash see the record component
   * @throws NullPointerException if {@code content}, {@code algorithm}, {@code prevHash} or {@code
   *     hash} is null
   */
  public ChainedEntry {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }
}
