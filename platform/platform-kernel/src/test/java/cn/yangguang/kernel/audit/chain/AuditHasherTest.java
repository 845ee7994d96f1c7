package cn.yangguang.kernel.audit.chain;

import static cn.yangguang.kernel.audit.chain.ChainFixtures.TENANT;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.content;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.contents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditHasherTest {

  private static final String G = AuditHasher.GENESIS;

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  private static AuditContent c(String actor, String role, String subjectType, String subjectId) {
    return new AuditContent(
        TENANT, new UUID(1, 2), Instant.EPOCH, actor, role, subjectType, subjectId, "a", "{}");
  }

  @Test
  void sm3MatchesTheGbT32905TestVectors() {
    assertThat(hex(HashAlgorithm.SM3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    assertThat(hex(HashAlgorithm.SM3.digest("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
  }

  @Test
  void sha256MatchesTheFipsTestVector() {
    assertThat(hex(HashAlgorithm.SHA256.digest("abc".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void algorithmsAreFoundByTheirStoredId() {
    for (HashAlgorithm a : HashAlgorithm.values()) {
      assertThat(HashAlgorithm.of(a.id())).isSameAs(a);
    }
    assertThat(HashAlgorithm.SHA256.id()).isEqualTo("SHA-256");
    assertThat(HashAlgorithm.SM3.id()).isEqualTo("SM3");
    assertThatThrownBy(() -> HashAlgorithm.of("sha-256"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HashAlgorithm.of("MD5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HashAlgorithm.of(null)).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  void hashingIsDeterministicLowerCaseHex(HashAlgorithm a) {
    String h = AuditHasher.hash(7, content(7), a, G);
    assertThat(h).matches("[0-9a-f]{64}").isEqualTo(AuditHasher.hash(7, content(7), a, G));
  }

  @Test
  void sha256AndSm3GiveDifferentHashes() {
    assertThat(AuditHasher.hash(1, content(1), HashAlgorithm.SHA256, G))
        .isNotEqualTo(AuditHasher.hash(1, content(1), HashAlgorithm.SM3, G));
  }

  @Test
  void positionAndPreviousHashAreHashed() {
    String h = AuditHasher.hash(4, content(4), HashAlgorithm.SHA256, G);
    assertThat(AuditHasher.hash(5, content(4), HashAlgorithm.SHA256, G)).isNotEqualTo(h);
    assertThat(AuditHasher.hash(4, content(4), HashAlgorithm.SHA256, "1".repeat(64)))
        .isNotEqualTo(h);
  }

  @Test
  void hashRejectsBadArguments() {
    assertThatThrownBy(() -> AuditHasher.hash(0, content(1), HashAlgorithm.SM3, G))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditHasher.hash(1, content(1), HashAlgorithm.SM3, "AB".repeat(32)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditHasher.hash(1, content(1), HashAlgorithm.SM3, "ab"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditHasher.hash(1, null, HashAlgorithm.SM3, G))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AuditHasher.hash(1, content(1), null, G))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void contentRequiresAllButRoleAndSubjectId() {
    assertThat(c("a", null, "t", null).role()).isNull();
    assertThatThrownBy(() -> c(null, "r", "t", "s")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> c("a", "r", null, "s")).isInstanceOf(NullPointerException.class);
  }

  @ParameterizedTest
  @EnumSource(HashAlgorithm.class)
  void linkChainsContentsInOrder(HashAlgorithm a) {
    List<ChainedEntry> chain = AuditHasher.link(contents(1, 5), 0, G, a);
    assertThat(chain).extracting(ChainedEntry::chainSeq).containsExactly(1L, 2L, 3L, 4L, 5L);
    String prev = G;
    for (ChainedEntry e : chain) {
      assertThat(e.prevHash()).isEqualTo(prev);
      assertThat(e.algorithm()).isEqualTo(a);
      assertThat(e.content()).isEqualTo(content((int) e.chainSeq()));
      assertThat(e.hash()).isEqualTo(AuditHasher.hash(e.chainSeq(), e.content(), a, prev));
      prev = e.hash();
    }
    assertThatThrownBy(() -> chain.add(chain.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void linkingInBatchesGivesTheSameChain() {
    List<ChainedEntry> first = AuditHasher.link(contents(1, 3), 0, G, HashAlgorithm.SM3);
    List<ChainedEntry> all = new ArrayList<>(first);
    all.addAll(AuditHasher.link(contents(4, 6), 3, first.get(2).hash(), HashAlgorithm.SM3));
    assertThat(all).isEqualTo(AuditHasher.link(contents(1, 6), 0, G, HashAlgorithm.SM3));
    assertThat(AuditHasher.link(List.of(), 0, G, HashAlgorithm.SM3)).isEmpty();
  }

  @Test
  void linkRejectsBadStartsAndMixedTenants() {
    List<AuditContent> one = contents(1, 1);
    assertThatThrownBy(() -> AuditHasher.link(one, 0, "1".repeat(64), HashAlgorithm.SM3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditHasher.link(one, -1, G, HashAlgorithm.SM3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AuditHasher.link(one, 3, "xyz", HashAlgorithm.SM3))
        .isInstanceOf(IllegalArgumentException.class);
    List<AuditContent> mixed = List.of(content(1), content(ChainFixtures.OTHER_TENANT, 2));
    assertThatThrownBy(() -> AuditHasher.link(mixed, 0, G, HashAlgorithm.SM3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
