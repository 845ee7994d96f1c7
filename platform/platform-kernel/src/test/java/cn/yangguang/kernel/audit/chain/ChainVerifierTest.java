package cn.yangguang.kernel.audit.chain;

import static cn.yangguang.kernel.audit.chain.ChainFixtures.OTHER_TENANT;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.T0;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.TENANT;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.anchors;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.breakOf;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.chain;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.content;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.edited;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.with;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.withContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.kernel.audit.chain.FileKeyAnchorSigner.Algorithm;
import cn.yangguang.kernel.audit.chain.VerificationReport.Break;
import cn.yangguang.kernel.audit.chain.VerificationReport.Break.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier against edited, deleted, reordered and duplicated rows. */
class ChainVerifierTest {

  @TempDir static Path keys;
  static FileKeyAnchorSigner signer;
  static ChainVerifier verifier;

  private final List<ChainedEntry> chain = chain(10, HashAlgorithm.SM3);

  @BeforeAll
  static void keys() {
    signer = FileKeyAnchorSigner.loadOrCreate(keys, Algorithm.SM2);
    verifier = new ChainVerifier(signer);
  }

  @Test
  void anIntactChainWithoutAnchorsIsWhollyUnanchored() {
    VerificationReport r = verifier.verify(TENANT, chain, List.of());
    assertThat(r).isEqualTo(new VerificationReport(true, 10, 0, 10, Optional.empty()));
  }

  @Test
  void anIntactChainCountsTheEntriesAfterTheLastAnchor() {
    List<Anchor> anchors = new ArrayList<>(anchors(signer, chain, 8, 4));
    VerificationReport r = verifier.verify(TENANT, chain, anchors);
    assertThat(r.intact()).isTrue();
    assertThat(r.entriesChecked()).isEqualTo(10);
    assertThat(r.lastAnchoredSeq()).isEqualTo(8);
    assertThat(r.unanchoredEntries()).isEqualTo(2);
    anchors.addAll(anchors(signer, chain, 10));
    assertThat(verifier.verify(TENANT, chain, anchors).unanchoredEntries()).isZero();
  }

  @Test
  void anEmptyChainIsIntactUntilAnAnchorSaysOtherwise() {
    assertThat(verifier.verify(TENANT, List.of(), List.of()).intact()).isTrue();
    Break b = breakOf(verifier.verify(TENANT, List.of(), anchors(signer, chain, 3)));
    assertThat(b.kind()).isEqualTo(Kind.ANCHOR_BEYOND_CHAIN);
    assertThat(b.chainSeq()).isEqualTo(3);
  }

  @Test
  void aTenantMaySwitchToSm3MidChain() {
    List<ChainedEntry> mixed = new ArrayList<>(chain(4, HashAlgorithm.SHA256));
    mixed.addAll(
        AuditHasher.link(ChainFixtures.contents(5, 9), 4, mixed.get(3).hash(), HashAlgorithm.SM3));
    assertThat(verifier.verify(TENANT, mixed, anchors(signer, mixed, 3, 7)).intact()).isTrue();
  }

  @Test
  void anEditedRowIsAHashMismatchAtThatSeq() {
    List<ChainedEntry> tampered = with(chain, 4, withContent(chain.get(4), edited(content(5))));
    VerificationReport r = verifier.verify(TENANT, tampered, anchors(signer, chain, 4, 5, 8));
    Break b = breakOf(r);
    assertThat(b.kind()).isEqualTo(Kind.HASH_MISMATCH);
    assertThat(b.chainSeq()).isEqualTo(5);
    assertThat(b.detail()).contains("entry 5", chain.get(4).hash());
    assertThat(r.entriesChecked()).isEqualTo(10);
    assertThat(r.lastAnchoredSeq()).isEqualTo(4);
    assertThat(r.unanchoredEntries()).isEqualTo(6);
  }

  @Test
  void anEditedAndRehashedRowBreaksTheNextLink() {
    ChainedEntry e = chain.get(4);
    AuditContent c = edited(e.content());
    ChainedEntry rehashed =
        new ChainedEntry(
            5, c, e.algorithm(), e.prevHash(), AuditHasher.hash(5, c, e.algorithm(), e.prevHash()));
    Break b = breakOf(verifier.verify(TENANT, with(chain, 4, rehashed), List.of()));
    assertThat(b.kind()).isEqualTo(Kind.LINK_MISMATCH);
    assertThat(b.chainSeq()).isEqualTo(6);
  }

  @Test
  void otherStoredFieldsAreCheckedToo() {
    ChainedEntry e = chain.get(0);
    ChainedEntry otherAlgorithm =
        new ChainedEntry(1, e.content(), HashAlgorithm.SHA256, e.prevHash(), e.hash());
    ChainedEntry upperCase =
        new ChainedEntry(1, e.content(), e.algorithm(), e.prevHash(), e.hash().toUpperCase());
    ChainedEntry badPrev = new ChainedEntry(1, e.content(), e.algorithm(), "zz", e.hash());
    assertThat(breakOf(verifier.verify(TENANT, with(chain, 0, otherAlgorithm), List.of())).kind())
        .isEqualTo(Kind.HASH_MISMATCH);
    assertThat(breakOf(verifier.verify(TENANT, with(chain, 0, upperCase), List.of())).kind())
        .isEqualTo(Kind.HASH_MISMATCH);
    Break b = breakOf(verifier.verify(TENANT, with(chain, 0, badPrev), List.of()));
    assertThat(b.kind()).isEqualTo(Kind.LINK_MISMATCH);
    assertThat(b.chainSeq()).isEqualTo(1);
  }

  @Test
  void aDeletedRowIsASequenceGapAtItsSeq() {
    List<ChainedEntry> tampered = new ArrayList<>(chain);
    tampered.remove(4);
    Break b = breakOf(verifier.verify(TENANT, tampered, anchors(signer, chain, 3)));
    assertThat(b.kind()).isEqualTo(Kind.SEQUENCE_GAP);
    assertThat(b.chainSeq()).isEqualTo(5);
    tampered.remove(4);
    assertThat(breakOf(verifier.verify(TENANT, tampered, List.of())).detail())
        .contains("chainSeq 5 to 6 are missing");
    assertThat(breakOf(verifier.verify(TENANT, chain.subList(1, 10), List.of())))
        .isEqualTo(
            new Break(
                1,
                Kind.SEQUENCE_GAP,
                "chainSeq 1 is missing (deleted?): the entry stored after 0 is 2"));
  }

  @Test
  void aDeletedRowWithTheFollowingRowsRenumberedIsAHashMismatch() {
    List<ChainedEntry> tampered = new ArrayList<>(chain.subList(0, 4));
    for (ChainedEntry e : chain.subList(5, 10)) {
      tampered.add(
          new ChainedEntry(e.chainSeq() - 1, e.content(), e.algorithm(), e.prevHash(), e.hash()));
    }
    Break b = breakOf(verifier.verify(TENANT, tampered, List.of()));
    assertThat(b.chainSeq()).isEqualTo(5);
    assertThat(b.kind()).isIn(Kind.HASH_MISMATCH, Kind.LINK_MISMATCH);
  }

  @Test
  void reorderedRowsAreASequenceOrderBreak() {
    List<ChainedEntry> tampered = new ArrayList<>(chain);
    tampered.set(3, chain.get(4));
    tampered.set(4, chain.get(3));
    Break b = breakOf(verifier.verify(TENANT, tampered, List.of()));
    assertThat(b.kind()).isEqualTo(Kind.SEQUENCE_ORDER);
    assertThat(b.chainSeq()).isEqualTo(4);
  }

  @Test
  void rowsWithSwappedSeqsOrSwappedAndRehashedContentsAreCaught() {
    ChainedEntry four = chain.get(3);
    ChainedEntry five = chain.get(4);
    List<ChainedEntry> seqSwapped = new ArrayList<>(chain);
    seqSwapped.set(
        3, new ChainedEntry(4, five.content(), five.algorithm(), five.prevHash(), five.hash()));
    seqSwapped.set(
        4, new ChainedEntry(5, four.content(), four.algorithm(), four.prevHash(), four.hash()));
    Break b = breakOf(verifier.verify(TENANT, seqSwapped, List.of()));
    assertThat(b.chainSeq()).isEqualTo(4);
    assertThat(b.kind()).isIn(Kind.HASH_MISMATCH, Kind.LINK_MISMATCH);

    List<ChainedEntry> rehashed = new ArrayList<>(chain);
    String h4 = AuditHasher.hash(4, five.content(), HashAlgorithm.SM3, four.prevHash());
    rehashed.set(3, new ChainedEntry(4, five.content(), HashAlgorithm.SM3, four.prevHash(), h4));
    String h5 = AuditHasher.hash(5, four.content(), HashAlgorithm.SM3, five.prevHash());
    rehashed.set(4, new ChainedEntry(5, four.content(), HashAlgorithm.SM3, five.prevHash(), h5));
    b = breakOf(verifier.verify(TENANT, rehashed, List.of()));
    assertThat(b.kind()).isEqualTo(Kind.LINK_MISMATCH);
    assertThat(b.chainSeq()).isEqualTo(5);
  }

  @Test
  void aDuplicatedRowIsASequenceOrderBreak() {
    List<ChainedEntry> tampered = new ArrayList<>(chain);
    tampered.add(3, chain.get(2));
    Break b = breakOf(verifier.verify(TENANT, tampered, List.of()));
    assertThat(b.kind()).isEqualTo(Kind.SEQUENCE_ORDER);
    assertThat(b.chainSeq()).isEqualTo(3);
  }

  @Test
  void rowsOrAnchorsOfAnotherTenantAreACallerError() {
    List<ChainedEntry> foreign = chain(1, HashAlgorithm.SM3);
    assertThatThrownBy(() -> verifier.verify(OTHER_TENANT, foreign, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    Anchor a = signer.sign(OTHER_TENANT, 1, foreign.get(0).hash(), T0);
    assertThatThrownBy(() -> verifier.verify(TENANT, foreign, List.of(a)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ChainVerifier(null)).isInstanceOf(NullPointerException.class);
  }
}
