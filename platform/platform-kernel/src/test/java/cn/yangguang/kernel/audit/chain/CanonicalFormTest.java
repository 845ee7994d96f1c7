package cn.yangguang.kernel.audit.chain;

import static cn.yangguang.kernel.audit.chain.ChainFixtures.TENANT;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical form that entries are hashed over: pinned, injective, strict. */
class CanonicalFormTest {

  private static final String G = AuditHasher.GENESIS;

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  private static AuditContent c(String actor, String role, String subjectType, String subjectId) {
    return new AuditContent(
        TENANT, new UUID(1, 2), Instant.EPOCH, actor, role, subjectType, subjectId, "a", "{}");
  }

  /**
   * Pins the canonical form: if this fails, every stored chain would stop verifying. The values
   * were computed by an independent Python implementation of the documented encoding (hashlib
   * SHA-256, and OpenSSL's SM3 for the second).
   */
  @Test
  void hashesArePinned() {
    assertThat(AuditHasher.hash(1, content(1), HashAlgorithm.SHA256, G))
        .isEqualTo("307dd1043cbdaf1ec81141a87207e2807953d5b9335b5b3aa9807fc2c208d559");
    assertThat(AuditHasher.hash(2, content(2), HashAlgorithm.SM3, "ab".repeat(32)))
        .isEqualTo("5598bcc3504c9b39efc6a79068f1eba3a47ef8cc232974cf052aad448900abe2");
  }

  @Test
  void canonicalFormStartsWithTheDomainTagAndEndsWithThePreviousHash() {
    byte[] b = AuditHasher.bytes(1, c("", null, "", null), HashAlgorithm.SM3, "ab".repeat(32));
    assertThat(hex(b))
        .startsWith("01" + "00000018" + hex(AuditHasher.ENTRY_TAG.getBytes(StandardCharsets.UTF_8)))
        .endsWith("00000020" + "ab".repeat(32));
  }

  @Test
  void nullIsEncodedDistinctlyFromTheEmptyString() {
    assertThat(AuditHasher.hash(1, c("x", null, "t", "s"), HashAlgorithm.SHA256, G))
        .isNotEqualTo(AuditHasher.hash(1, c("x", "", "t", "s"), HashAlgorithm.SHA256, G));
    assertThat(AuditHasher.hash(1, c("x", "r", "t", null), HashAlgorithm.SM3, G))
        .isNotEqualTo(AuditHasher.hash(1, c("x", "r", "t", ""), HashAlgorithm.SM3, G));
  }

  @Test
  void fieldBoundariesCannotShift() {
    assertThat(AuditHasher.bytes(1, c("ab", "c", "t", "s"), HashAlgorithm.SHA256, G))
        .isNotEqualTo(AuditHasher.bytes(1, c("a", "bc", "t", "s"), HashAlgorithm.SHA256, G));
    assertThat(AuditHasher.hash(1, c("ab", "c", "t", "s"), HashAlgorithm.SHA256, G))
        .isNotEqualTo(AuditHasher.hash(1, c("a", "bc", "t", "s"), HashAlgorithm.SHA256, G));
    assertThat(AuditHasher.hash(1, c("x", "r", "ab", "c"), HashAlgorithm.SM3, G))
        .isNotEqualTo(AuditHasher.hash(1, c("x", "r", "a", "bc"), HashAlgorithm.SM3, G));
  }

  /** One replacement value per field of {@link AuditContent}, in declaration order. */
  private static final List<Object> OTHER_VALUES =
      List.of(
          ChainFixtures.OTHER_TENANT,
          new UUID(7, 7),
          ChainFixtures.T0,
          "staff-4 ",
          "审批员",
          "request",
          "C-other",
          "case.reject",
          "{}");

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8})
  void everyContentFieldIsHashed(int field) {
    AuditContent original = content(4);
    List<Object> f = ChainFixtures.fields(original);
    assertThat(f.get(field)).isNotEqualTo(OTHER_VALUES.get(field));
    f.set(field, OTHER_VALUES.get(field));
    assertThat(ChainFixtures.fromFields(ChainFixtures.fields(original))).isEqualTo(original);
    assertThat(AuditHasher.hash(4, ChainFixtures.fromFields(f), HashAlgorithm.SM3, G))
        .isNotEqualTo(AuditHasher.hash(4, original, HashAlgorithm.SM3, G));
  }

  @Test
  void secondsAndNanosOfTheInstantAreBothHashed() {
    AuditContent c = content(4);
    String h = AuditHasher.hash(4, c, HashAlgorithm.SHA256, G);
    for (Instant other : List.of(c.occurredAt().plusSeconds(1), c.occurredAt().plusNanos(1))) {
      List<Object> f = ChainFixtures.fields(c);
      f.set(2, other);
      assertThat(AuditHasher.hash(4, ChainFixtures.fromFields(f), HashAlgorithm.SHA256, G))
          .isNotEqualTo(h);
    }
  }

  @Test
  void textThatIsNotValidUnicodeIsRejectedRatherThanReplaced() {
    assertThatThrownBy(
            () -> AuditHasher.hash(1, c("a\uD800", null, "t", null), HashAlgorithm.SM3, G))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
