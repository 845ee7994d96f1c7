package cn.yangguang.kernel.audit.chain;

import cn.yangguang.kernel.audit.chain.VerificationReport.Break;
import cn.yangguang.kernel.audit.chain.VerificationReport.Break.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifies a tenant's stored chain against its signed anchors.
 *
 * <p>Entries are walked in the order given, checking that chainSeq runs 1, 2, 3, … without gaps or
 * repeats, that each prevHash is the previous entry's hash ({@link AuditHasher#GENESIS} for seq 1)
 * and that each hash matches its recomputed value; the walk stops at the first such break. The
 * anchors before that point are then checked in chainSeq order: genuine signature, a seq the chain
 * has, and the chain's hash there equal to the signed head. The report names whichever break comes
 * first in chain order (an entry break wins a tie with an anchor at the same seq).
 *
 * <p>Only anchors detect a consistent rewrite (every hash recomputed from some row on): such a
 * chain is internally sound, but the first anchor at or after the first rewritten row no longer
 * matches. Entries after the last anchor cannot be protected that way and are counted as
 * unanchored.
 *
 * <p>Thread-safe if its {@link AnchorSigner} is (as the interface requires).
 */
public final class ChainVerifier {

  private final AnchorSigner signer;

  /**
   * A verifier that checks anchor signatures with {@code signer}.
   *
   * @param signer the signer holding the public keys of every anchor key, not null
   * @throws NullPointerException if {@code signer} is null
   */
  public ChainVerifier(AnchorSigner signer) {
    this.signer = Objects.requireNonNull(signer, "signer");
  }

  /**
   * Verifies entries as stored (in the order the store returns them by chainSeq) against the
   * tenant's anchors. The first break in chain order is reported; for a consistent rewrite that is
   * the first anchor whose head differs, and its detail names that anchor and the last anchor that
   * still matched, i.e. the range where the rewrite began.
   *
   * @param tenantId the tenant, not null
   * @param storedInSeqOrder the tenant's whole chain as stored, not null, no null elements
   * @param anchors the tenant's anchors in any order, not null, no null elements
   * @return the report, never null; tampered data is reported, never thrown
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if an entry or an anchor belongs to another tenant (the store
   *     mixed tenants up, which is a bug rather than tampering)
   */
  public VerificationReport verify(
      UUID tenantId, List<ChainedEntry> storedInSeqOrder, List<Anchor> anchors) {
    Objects.requireNonNull(tenantId, "tenantId");
    List<ChainedEntry> entries = List.copyOf(storedInSeqOrder);
    List<Anchor> sorted = new ArrayList<>(anchors);
    for (ChainedEntry e : entries) {
      requireTenant(tenantId, e.content().tenantId(), "entry " + e.chainSeq());
    }
    for (Anchor a : sorted) {
      requireTenant(tenantId, Objects.requireNonNull(a, "anchor").tenantId(), "anchor");
    }
    sorted.sort(Comparator.comparingLong(Anchor::chainSeq).thenComparing(Anchor::anchoredAt));

    Break firstBreak = walk(entries);
    // Entries 1 .. trustedBelow-1 sit at index seq-1 and are sound; anchors beyond are moot.
    long trustedBelow = firstBreak == null ? Long.MAX_VALUE : firstBreak.chainSeq();
    Anchor lastMatched = null;
    for (Anchor a : sorted) {
      if (a.chainSeq() >= trustedBelow) {
        break;
      }
      Break b = checkAnchor(a, entries, lastMatched);
      if (b != null) {
        firstBreak = b;
        break;
      }
      lastMatched = a;
    }
    long lastAnchoredSeq = lastMatched == null ? 0 : lastMatched.chainSeq();
    long unanchored = entries.stream().filter(e -> e.chainSeq() > lastAnchoredSeq).count();
    return new VerificationReport(
        firstBreak == null,
        entries.size(),
        lastAnchoredSeq,
        unanchored,
        Optional.ofNullable(firstBreak));
  }

  private static void requireTenant(UUID expected, UUID actual, String what) {
    if (!expected.equals(actual)) {
      throw new IllegalArgumentException(
          what + " belongs to tenant " + actual + ", not to " + expected);
    }
  }

  /** The first entry break, or null when the entries form a sound chain 1..n. */
  private static Break walk(List<ChainedEntry> entries) {
    String prevHash = AuditHasher.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      ChainedEntry e = entries.get(i);
      long expected = i + 1L;
      if (e.chainSeq() != expected) {
        return sequenceBreak(entries, i, expected);
      }
      if (!e.prevHash().equals(prevHash)) {
        String should =
            expected == 1
                ? "the first entry's must be GENESIS"
                : "entry " + (expected - 1) + " has hash " + prevHash;
        return new Break(
            expected,
            Kind.LINK_MISMATCH,
            "entry " + expected + " has prevHash " + e.prevHash() + " but " + should);
      }
      String computed;
      try {
        computed = AuditHasher.hash(e.chainSeq(), e.content(), e.algorithm(), e.prevHash());
      } catch (IllegalArgumentException ex) {
        return new Break(
            expected,
            Kind.HASH_MISMATCH,
            "entry " + expected + " cannot be hashed as stored: " + ex.getMessage());
      }
      if (!computed.equals(e.hash())) {
        return new Break(
            expected,
            Kind.HASH_MISMATCH,
            "entry "
                + expected
                + " ("
                + e.content().entryId()
                + ") no longer matches its hash: stored "
                + e.hash()
                + ", recomputed with "
                + e.algorithm().id()
                + " "
                + computed);
      }
      prevHash = e.hash();
    }
    return null;
  }

  private static Break sequenceBreak(List<ChainedEntry> entries, int index, long expected) {
    long seq = entries.get(index).chainSeq();
    if (seq < expected) {
      long at = seq >= 1 ? seq : expected;
      return new Break(
          at,
          Kind.SEQUENCE_ORDER,
          "entry with chainSeq "
              + seq
              + " stored at position "
              + (index + 1)
              + ", after entry "
              + (expected - 1)
              + ": out of order or duplicated");
    }
    for (int j = index + 1; j < entries.size(); j++) {
      long later = entries.get(j).chainSeq();
      if (later >= expected && later < seq) {
        return new Break(
            expected,
            Kind.SEQUENCE_ORDER,
            "entry " + later + " is stored after entry " + seq + ": out of order");
      }
    }
    String missing =
        seq - expected == 1
            ? "chainSeq " + expected + " is"
            : "chainSeq " + expected + " to " + (seq - 1) + " are";
    return new Break(
        expected,
        Kind.SEQUENCE_GAP,
        missing + " missing (deleted?): the entry stored after " + (expected - 1) + " is " + seq);
  }

  private Break checkAnchor(Anchor a, List<ChainedEntry> entries, Anchor lastMatched) {
    String named =
        "anchor at seq "
            + a.chainSeq()
            + " (key "
            + a.keyId()
            + ", "
            + a.signatureAlgorithm()
            + ", anchored "
            + a.anchoredAt()
            + ")";
    if (!signer.verify(a)) {
      return new Break(
          a.chainSeq(),
          Kind.ANCHOR_SIGNATURE_INVALID,
          named + " has no valid signature: forged, altered, or made with an unknown key");
    }
    if (a.chainSeq() > entries.size()) {
      return new Break(
          a.chainSeq(),
          Kind.ANCHOR_BEYOND_CHAIN,
          named
              + " names a seq the chain no longer has: its last entry is "
              + entries.size()
              + ", so entries "
              + (entries.size() + 1)
              + ".."
              + a.chainSeq()
              + " at least were removed");
    }
    String actual = entries.get((int) (a.chainSeq() - 1)).hash();
    if (actual.equals(a.headHash())) {
      return null;
    }
    String range;
    if (lastMatched == null) {
      range = "no earlier anchor matched, so the rewrite began at seq 1.." + a.chainSeq();
    } else if (lastMatched.chainSeq() < a.chainSeq()) {
      range =
          "the last anchor that still matched is at seq "
              + lastMatched.chainSeq()
              + " (anchored "
              + lastMatched.anchoredAt()
              + "), so the rewrite began at seq "
              + (lastMatched.chainSeq() + 1)
              + ".."
              + a.chainSeq();
    } else {
      range =
          "an earlier anchor at the same seq (anchored " + lastMatched.anchoredAt() + ") matched";
    }
    return new Break(
        a.chainSeq(),
        Kind.ANCHOR_MISMATCH,
        named + " signed head " + a.headHash() + " but the chain has " + actual + "; " + range);
  }
}
