package cn.yangguang.kernel.audit.chain;

import static cn.yangguang.kernel.audit.chain.ChainFixtures.T0;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.TENANT;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.anchors;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.breakOf;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.chain;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.edited;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.rewrittenFrom;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.with;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.withContent;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.kernel.audit.chain.FileKeyAnchorSigner.Algorithm;
import cn.yangguang.kernel.audit.chain.VerificationReport.Break;
import cn.yangguang.kernel.audit.chain.VerificationReport.Break.Kind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The verifier against what only anchors reveal: consistent rewrites, truncation, forged anchors.
 */
class ChainVerifierAnchorTest {

  @TempDir static Path keys;
  @TempDir static Path attackerKeys;
  static FileKeyAnchorSigner signer;
  static ChainVerifier verifier;

  private final List<ChainedEntry> chain = chain(10, HashAlgorithm.SM3);

  @BeforeAll
  static void keys() {
    signer = FileKeyAnchorSigner.loadOrCreate(keys, Algorithm.SM2);
    verifier = new ChainVerifier(signer);
  }

  @Test
  void aConsistentRewriteIsInvisibleWithoutAnchorsCoveringIt() {
    List<ChainedEntry> rewritten = rewrittenFrom(chain, 6);
    assertThat(rewritten.get(5).content()).isNotEqualTo(chain.get(5).content());
    assertThat(verifier.verify(TENANT, rewritten, List.of()).intact()).isTrue();
    VerificationReport r = verifier.verify(TENANT, rewritten, anchors(signer, chain, 2, 5));
    assertThat(r.intact()).isTrue();
    assertThat(r.lastAnchoredSeq()).isEqualTo(5);
    assertThat(r.unanchoredEntries()).as("the rewritten rows were never anchored").isEqualTo(5);
  }

  @ParameterizedTest(name = "rewrite from row {0} -> mismatch at anchor {1}")
  @CsvSource({"1, 3, 0", "2, 3, 0", "3, 3, 0", "4, 6, 3", "6, 6, 3", "7, 9, 6", "9, 9, 6"})
  void aConsistentRewriteIsAnAnchorMismatchAtTheFirstAnchorCoveringIt(
      int k, long anchorSeq, long lastMatched) {
    List<Anchor> anchors = anchors(signer, chain, 3, 6, 9);
    List<ChainedEntry> rewritten = rewrittenFrom(chain, k);
    VerificationReport r = verifier.verify(TENANT, rewritten, anchors);
    Break b = breakOf(r);
    assertThat(b.kind()).isEqualTo(Kind.ANCHOR_MISMATCH);
    assertThat(b.chainSeq()).isEqualTo(anchorSeq);
    assertThat(r.lastAnchoredSeq()).isEqualTo(lastMatched);
    assertThat(b.detail())
        .contains(
            "anchor at seq " + anchorSeq,
            signer.keyId(),
            chain.get(k < 4 ? 2 : k < 7 ? 5 : 8).hash())
        .contains(
            lastMatched == 0
                ? "no earlier anchor matched, so the rewrite began at seq 1.." + anchorSeq
                : "last anchor that still matched is at seq "
                    + lastMatched
                    + " (anchored "
                    + T0.plusSeconds(3600L * lastMatched)
                    + "), so the rewrite began at seq "
                    + (lastMatched + 1)
                    + ".."
                    + anchorSeq);
  }

  @Test
  void anchoringTheRewrittenChainLaterDoesNotHideTheRewrite() {
    List<ChainedEntry> rewritten = rewrittenFrom(chain, 4);
    List<Anchor> anchors = new ArrayList<>(anchors(signer, rewritten, 10));
    anchors.addAll(anchors(signer, chain, 3, 6));
    Break b = breakOf(verifier.verify(TENANT, rewritten, anchors));
    assertThat(b.kind()).isEqualTo(Kind.ANCHOR_MISMATCH);
    assertThat(b.chainSeq()).isEqualTo(6);
  }

  @Test
  void aTruncatedChainLeavesAnAnchorBeyondIt() {
    List<Anchor> anchors = anchors(signer, chain, 5, 10);
    VerificationReport r = verifier.verify(TENANT, chain.subList(0, 8), anchors);
    Break b = breakOf(r);
    assertThat(b.kind()).isEqualTo(Kind.ANCHOR_BEYOND_CHAIN);
    assertThat(b.chainSeq()).isEqualTo(10);
    assertThat(b.detail()).contains("last entry is 8", "9..10");
    assertThat(r.lastAnchoredSeq()).isEqualTo(5);
    assertThat(r.unanchoredEntries()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void forgedAnchorsAreSignatureInvalid(Algorithm algorithm) {
    FileKeyAnchorSigner attacker =
        FileKeyAnchorSigner.loadOrCreate(attackerKeys.resolve(algorithm.name()), algorithm);
    List<ChainedEntry> rewritten = rewrittenFrom(chain, 4);
    List<Anchor> forged = new ArrayList<>(anchors(signer, chain, 3));
    forged.addAll(anchors(attacker, rewritten, 6, 9));
    VerificationReport r = verifier.verify(TENANT, rewritten, forged);
    Break b = breakOf(r);
    assertThat(b.kind()).isEqualTo(Kind.ANCHOR_SIGNATURE_INVALID);
    assertThat(b.chainSeq()).isEqualTo(6);
    assertThat(r.lastAnchoredSeq()).isEqualTo(3);

    Anchor genuine = anchors(signer, chain, 6).get(0);
    Anchor moved =
        new Anchor(
            TENANT,
            6,
            rewritten.get(5).hash(),
            genuine.anchoredAt(),
            genuine.keyId(),
            genuine.signatureAlgorithm(),
            genuine.signature());
    b = breakOf(verifier.verify(TENANT, rewritten, List.of(moved)));
    assertThat(b.kind()).isEqualTo(Kind.ANCHOR_SIGNATURE_INVALID);
  }

  @Test
  void theEarliestBreakInChainOrderIsReported() {
    ChainedEntry seven = withContent(chain.get(6), edited(chain.get(6).content()));
    ChainedEntry two = withContent(chain.get(1), edited(chain.get(1).content()));
    Anchor forgedAt3 =
        FileKeyAnchorSigner.loadOrCreate(attackerKeys.resolve("early"), Algorithm.ED25519)
            .sign(TENANT, 3, chain.get(2).hash(), T0);
    assertThat(breakOf(verifier.verify(TENANT, with(chain, 6, seven), List.of(forgedAt3))))
        .extracting(Break::chainSeq, Break::kind)
        .containsExactly(3L, Kind.ANCHOR_SIGNATURE_INVALID);
    assertThat(breakOf(verifier.verify(TENANT, with(chain, 1, two), List.of(forgedAt3))))
        .extracting(Break::chainSeq, Break::kind)
        .containsExactly(2L, Kind.HASH_MISMATCH);
  }
}
