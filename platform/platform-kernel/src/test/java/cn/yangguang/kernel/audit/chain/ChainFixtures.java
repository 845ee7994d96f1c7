package cn.yangguang.kernel.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.kernel.audit.chain.VerificationReport.Break;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Deterministic contents and chains for the audit chain tests. */
final class ChainFixtures {

  static final UUID TENANT = UUID.fromString("6f1c3a52-9b0e-4d57-8a21-0c4e5f6a7b8c");
  static final UUID OTHER_TENANT = UUID.fromString("0a0b0c0d-1111-4222-8333-444455556666");
  static final Instant T0 = Instant.parse("2026-11-23T08:00:00.123456Z");

  private ChainFixtures() {}

  /** The i-th content of a tenant: Chinese text, a null role on odd i, a null subject every 3rd. */
  static AuditContent content(UUID tenant, int i) {
    return new AuditContent(
        tenant,
        UUID.nameUUIDFromBytes((tenant + "/" + i).getBytes(StandardCharsets.UTF_8)),
        T0.plusSeconds(60L * i),
        "staff-" + i,
        i % 2 == 0 ? "受理员" : null,
        "case",
        i % 3 == 0 ? null : "C-2026-" + i,
        "case.accept",
        "{\"before\":\"待受理\",\"after\":\"已受理\",\"n\":" + i + "}");
  }

  static AuditContent content(int i) {
    return content(TENANT, i);
  }

  /** Contents numbered from..to inclusive. */
  static List<AuditContent> contents(int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(ChainFixtures::content).toList();
  }

  /** A sound chain of n entries for {@link #TENANT}. */
  static List<ChainedEntry> chain(int n, HashAlgorithm algorithm) {
    return AuditHasher.link(contents(1, n), 0, AuditHasher.GENESIS, algorithm);
  }

  /** A copy of the list with the element at {@code index} replaced. */
  static <T> List<T> with(List<T> list, int index, T element) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, element);
    return copy;
  }

  /** A copy of the entry with other content and everything else as stored. */
  static ChainedEntry withContent(ChainedEntry e, AuditContent c) {
    return new ChainedEntry(e.chainSeq(), c, e.algorithm(), e.prevHash(), e.hash());
  }

  /** The same content with another summary, as an edit of the row would leave it. */
  static AuditContent edited(AuditContent c) {
    return new AuditContent(
        c.tenantId(),
        c.entryId(),
        c.occurredAt(),
        c.actor(),
        c.role(),
        c.subjectType(),
        c.subjectId(),
        c.action(),
        "{\"before\":\"待受理\",\"after\":\"不予受理\"}");
  }

  /** Anchors made by the chainer when the chain had the given heads, an hour apart per seq. */
  static List<Anchor> anchors(AnchorSigner by, List<ChainedEntry> entries, int... seqs) {
    return IntStream.of(seqs)
        .mapToObj(s -> by.sign(TENANT, s, entries.get(s - 1).hash(), T0.plusSeconds(3600L * s)))
        .toList();
  }

  /** The report's break, asserting that there is one. */
  static Break breakOf(VerificationReport r) {
    assertThat(r.intact()).isFalse();
    return r.firstBreak().orElseThrow();
  }

  /** Rewrites the chain consistently from row k on: new content, every hash recomputed. */
  static List<ChainedEntry> rewrittenFrom(List<ChainedEntry> chain, int k) {
    List<ChainedEntry> rewritten = new ArrayList<>(chain.subList(0, k - 1));
    List<AuditContent> forged =
        chain.subList(k - 1, chain.size()).stream().map(e -> edited(e.content())).toList();
    String head = k == 1 ? AuditHasher.GENESIS : chain.get(k - 2).hash();
    rewritten.addAll(AuditHasher.link(forged, k - 1, head, HashAlgorithm.SM3));
    return rewritten;
  }

  /** The content's fields in declaration order, as a mutable list. */
  static List<Object> fields(AuditContent c) {
    return new ArrayList<>(
        Arrays.asList(
            c.tenantId(),
            c.entryId(),
            c.occurredAt(),
            c.actor(),
            c.role(),
            c.subjectType(),
            c.subjectId(),
            c.action(),
            c.summaryJson()));
  }

  /** The content with the given fields in declaration order. */
  static AuditContent fromFields(List<Object> f) {
    return new AuditContent(
        (UUID) f.get(0),
        (UUID) f.get(1),
        (Instant) f.get(2),
        (String) f.get(3),
        (String) f.get(4),
        (String) f.get(5),
        (String) f.get(6),
        (String) f.get(7),
        (String) f.get(8));
  }
}
