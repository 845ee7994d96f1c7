package cn.yangguang.kernel.audit.chain;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of verifying a tenant's chain.
 *
 * <p>Immutable and thread-safe.
 *
 * @param intact true when no break was found (then {@code firstBreak} is empty)
 * @param entriesChecked the number of entries read (all entries supplied, also those after a break)
 * @param lastAnchoredSeq the highest chainSeq covered by an anchor that was verified (genuine
 *     signature and matching head) before the first break, 0 if none
 * @param unanchoredEntries the number of entries after {@code lastAnchoredSeq}: not yet anchored,
 *     so a consistent rewrite of them would not be detected
 * @param firstBreak the first break in chain order, not null (empty when intact)
 */
public record VerificationReport(
    boolean intact,
    long entriesChecked,
    long lastAnchoredSeq,
    long unanchoredEntries,
    Optional<Break> firstBreak) {

  /**
   * Checks that the report is consistent.
   *
   * @param intact see the record component
   * @param entriesChecked see the record component
   * @param lastAnchoredSeq see the record component
   * @param unanchoredEntries see the record component
   * @param firstBreak see the record component
   * @throws NullPointerException if {@code firstBreak} is null
   * @throws IllegalArgumentException if a count is negative or {@code intact} contradicts {@code
   *     firstBreak}
   */
  public VerificationReport {
    Objects.requireNonNull(firstBreak, "firstBreak");
    if (intact != firstBreak.isEmpty()) {
      throw new IllegalArgumentException("intact exactly when there is no break");
    }
    if (entriesChecked < 0 || lastAnchoredSeq < 0 || unanchoredEntries < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /**
   * Where and why the chain breaks.
   *
   * <p>Immutable and thread-safe.
   *
   * @param chainSeq the position of the break: for entry breaks the first entry that is wrong or
   *     missing; for anchor breaks the anchor's chainSeq
   * @param kind what kind of break, not null
   * @param detail a human-readable explanation for the verify report, not null
   */
  public record Break(long chainSeq, Kind kind, String detail) {

    /**
     * Checks that no reference component is null.
     *
     * @param chainSeq see the record component
     * @param kind see the record component
     * @param detail see the record component
     * @throws NullPointerException if {@code kind} or {@code detail} is null
     */
    public Break {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(detail, "detail");
    }

    /** The kinds of break, each with the tampering it typically reveals. */
    public enum Kind {
      /** An entry's content (or seq or algorithm) no longer matches its hash: an edited row. */
      HASH_MISMATCH,
      /** An entry's prevHash differs from the previous entry's hash. */
      LINK_MISMATCH,
      /** A chainSeq is missing: a deleted row. */
      SEQUENCE_GAP,
      /** Entries are out of order or a chainSeq is duplicated. */
      SEQUENCE_ORDER,
      /** The chain's hash at an anchored seq differs from the signed head: a consistent rewrite. */
      ANCHOR_MISMATCH,
      /** An anchor's signature does not verify: forged, altered, or made with an unknown key. */
      ANCHOR_SIGNATURE_INVALID,
      /** An anchor names a seq the chain no longer has: truncation. */
      ANCHOR_BEYOND_CHAIN
    }
  }
}
