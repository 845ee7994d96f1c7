package cn.yangguang.kernel.audit.chain;

import static cn.yangguang.kernel.audit.chain.ChainFixtures.OTHER_TENANT;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.yangguang.kernel.audit.chain.FileKeyAnchorSigner.Algorithm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FileKeyAnchorSignerTest {

  private static final String HEAD = "5a".repeat(32);
  private static final Instant AT = Instant.parse("2026-11-23T10:00:00.5Z");

  @TempDir Path dir;

  private static Anchor copy(Anchor a, String keyId, String algorithm, String signature) {
    return new Anchor(
        a.tenantId(), a.chainSeq(), a.headHash(), a.anchoredAt(), keyId, algorithm, signature);
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void signsAndVerifies(Algorithm algorithm) {
    FileKeyAnchorSigner signer = FileKeyAnchorSigner.loadOrCreate(dir, algorithm);
    Anchor a = signer.sign(TENANT, 42, HEAD, AT);
    assertThat(a.tenantId()).isEqualTo(TENANT);
    assertThat(a.chainSeq()).isEqualTo(42);
    assertThat(a.headHash()).isEqualTo(HEAD);
    assertThat(a.anchoredAt()).isEqualTo(AT);
    assertThat(a.keyId()).isEqualTo(signer.keyId()).matches("[0-9a-f]{16}");
    assertThat(a.signatureAlgorithm())
        .isEqualTo(algorithm == Algorithm.SM2 ? "SM3withSM2" : "Ed25519");
    assertThat(signer.verify(a)).isTrue();
    assertThat(signer.verify(Anchor.fromExportLine(a.toExportLine()))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void rejectsEveryModificationAndNeverThrows(Algorithm algorithm) {
    FileKeyAnchorSigner signer = FileKeyAnchorSigner.loadOrCreate(dir, algorithm);
    Anchor a = signer.sign(TENANT, 42, HEAD, AT);
    byte[] flipped = Base64.getDecoder().decode(a.signature());
    flipped[flipped.length / 2] ^= 1;
    String other = algorithm == Algorithm.SM2 ? "Ed25519" : "SM3withSM2";
    List<Anchor> modified =
        List.of(
            new Anchor(
                OTHER_TENANT, 42, HEAD, AT, a.keyId(), a.signatureAlgorithm(), a.signature()),
            new Anchor(TENANT, 41, HEAD, AT, a.keyId(), a.signatureAlgorithm(), a.signature()),
            new Anchor(
                TENANT,
                42,
                "5b" + HEAD.substring(2),
                AT,
                a.keyId(),
                a.signatureAlgorithm(),
                a.signature()),
            new Anchor(
                TENANT,
                42,
                HEAD,
                AT.plusMillis(1),
                a.keyId(),
                a.signatureAlgorithm(),
                a.signature()),
            copy(a, "0000000000000000", a.signatureAlgorithm(), a.signature()),
            copy(a, a.keyId(), other, a.signature()),
            copy(a, a.keyId(), a.signatureAlgorithm(), Base64.getEncoder().encodeToString(flipped)),
            copy(a, a.keyId(), a.signatureAlgorithm(), a.signature().replace("=", "")),
            copy(a, a.keyId(), a.signatureAlgorithm(), "!!! not base64 !!!"),
            copy(a, a.keyId(), a.signatureAlgorithm(), ""),
            copy(a, a.keyId(), a.signatureAlgorithm(), "AAAA"));
    for (Anchor m : modified) {
      if (!m.equals(a)) { // an SM2 signature may have no base64 padding to strip
        assertThat(signer.verify(m)).as("%s", m).isFalse();
      }
    }
    assertThat(signer.verify(null)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void reloadingFromTheDirectoryKeepsTheKey(Algorithm algorithm) throws Exception {
    FileKeyAnchorSigner first = FileKeyAnchorSigner.loadOrCreate(dir, algorithm);
    Anchor a = first.sign(TENANT, 7, HEAD, AT);
    FileKeyAnchorSigner again = FileKeyAnchorSigner.loadOrCreate(dir, algorithm);
    assertThat(again.keyId()).isEqualTo(first.keyId());
    assertThat(again.verify(a)).isTrue();
    assertThat(first.verify(again.sign(TENANT, 8, HEAD, AT))).isTrue();

    Path pub = FileKeyAnchorSigner.publicKeyFile(dir, first.keyId());
    String pem = Files.readString(pub, StandardCharsets.US_ASCII);
    assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n");
    byte[] spki = SigningKeys.unpem(pem, "PUBLIC KEY");
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki));
    assertThat(first.keyId()).isEqualTo(sha256.substring(0, 16));
    assertThat(SigningKeys.algorithmOf(spki)).isEqualTo(algorithm);
    Path key = FileKeyAnchorSigner.privateKeyFile(dir, algorithm);
    assertThat(Files.readString(key)).startsWith("-----BEGIN PRIVATE KEY-----\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactlyInAnyOrder(pub, key);
    }
  }

  @Test
  void thePrivateKeyIsReadableByItsOwnerOnly() throws IOException {
    Path keys = dir.resolve("nested/keys");
    FileKeyAnchorSigner.loadOrCreate(keys, Algorithm.ED25519);
    assumeTrue(keys.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path key = FileKeyAnchorSigner.privateKeyFile(keys, Algorithm.ED25519);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
        .isEqualTo("rwx------");
  }

  @ParameterizedTest
  @EnumSource(Algorithm.class)
  void anchorsOfARetiredKeyStillVerifyAfterRotation(Algorithm algorithm) throws IOException {
    FileKeyAnchorSigner old = FileKeyAnchorSigner.loadOrCreate(dir, algorithm);
    Anchor before = old.sign(TENANT, 5, HEAD, AT);
    Path retired = Files.createDirectory(dir.resolve("offline"));
    Path key = FileKeyAnchorSigner.privateKeyFile(dir, algorithm);
    Files.move(key, retired.resolve(key.getFileName()));

    FileKeyAnchorSigner rotated = FileKeyAnchorSigner.loadOrCreate(dir, algorithm);
    assertThat(rotated.keyId()).isNotEqualTo(old.keyId());
    assertThat(rotated.verify(before)).isTrue();
    Anchor after = rotated.sign(TENANT, 9, HEAD, AT);
    assertThat(after.keyId()).isEqualTo(rotated.keyId());
    assertThat(rotated.verify(after)).isTrue();
    assertThat(old.verify(after)).as("an instance sees only the keys it loaded").isFalse();
    assertThat(FileKeyAnchorSigner.loadOrCreate(dir, algorithm).verify(before)).isTrue();
  }

  @Test
  void bothAlgorithmsShareADirectoryAndVerifyEachOther() {
    FileKeyAnchorSigner ed = FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.ED25519);
    FileKeyAnchorSigner sm2 = FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.SM2);
    FileKeyAnchorSigner edAgain = FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.ED25519);
    assertThat(sm2.keyId()).isNotEqualTo(ed.keyId());
    assertThat(sm2.verify(ed.sign(TENANT, 1, HEAD, AT))).isTrue();
    assertThat(edAgain.verify(sm2.sign(TENANT, 1, HEAD, AT))).isTrue();
  }

  @Test
  void aKeyFromAnotherDirectoryIsUnknown(@TempDir Path elsewhere) {
    FileKeyAnchorSigner ours = FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.SM2);
    FileKeyAnchorSigner theirs = FileKeyAnchorSigner.loadOrCreate(elsewhere, Algorithm.SM2);
    assertThat(ours.verify(theirs.sign(TENANT, 1, HEAD, AT))).isFalse();
  }

  @Test
  void signRejectsMalformedStatements() {
    FileKeyAnchorSigner signer = FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.ED25519);
    assertThatThrownBy(() -> signer.sign(TENANT, 1, HEAD.toUpperCase(), AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign(TENANT, 0, HEAD, AT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> signer.sign(null, 1, HEAD, AT))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void brokenKeyDirectoriesFailLoudly() throws IOException {
    FileKeyAnchorSigner signer = FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.ED25519);
    Path pub = FileKeyAnchorSigner.publicKeyFile(dir, signer.keyId());
    Path aside = dir.resolve("aside.pem");
    Files.move(pub, aside);
    assertThatThrownBy(() -> FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.ED25519))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("matches the private key");
    Files.move(aside, pub);
    Files.writeString(dir.resolve("junk.pub.pem"), "not a key");
    assertThatThrownBy(() -> FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.ED25519))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("junk.pub.pem");
  }

  @Test
  void signsAndVerifiesConcurrently() {
    FileKeyAnchorSigner signer = FileKeyAnchorSigner.loadOrCreate(dir, Algorithm.SM2);
    assertThat(
            IntStream.rangeClosed(1, 64)
                .parallel()
                .mapToObj(i -> signer.sign(TENANT, i, HEAD, AT))
                .allMatch(signer::verify))
        .isTrue();
  }
}
