package cn.yangguang.kernel.audit.chain;

import static cn.yangguang.kernel.audit.chain.ChainFixtures.OTHER_TENANT;
import static cn.yangguang.kernel.audit.chain.ChainFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnchorTest {

  private static final String HEAD = "0123456789abcdef".repeat(4);
  private static final Instant AT = Instant.parse("2026-11-23T09:30:00.000000123Z");
  private static final Anchor ANCHOR =
      new Anchor(TENANT, 42, HEAD, AT, "a1b2c3d4e5f60718", "SM3withSM2", "c2lnbmF0dXJl");

  @Test
  void theExportLineIsTabSeparatedInDeclarationOrder() {
    assertThat(ANCHOR.toExportLine())
        .isEqualTo(
            TENANT
                + "\t42\t"
                + HEAD
                + "\t2026-11-23T09:30:00.000000123Z\ta1b2c3d4e5f60718\tSM3withSM2\tc2lnbmF0dXJl");
  }

  @Test
  void theExportLineRoundTrips() {
    assertThat(Anchor.fromExportLine(ANCHOR.toExportLine())).isEqualTo(ANCHOR);
    assertThat(Anchor.fromExportLine(ANCHOR.toExportLine() + "\n")).isEqualTo(ANCHOR);
    assertThat(Anchor.fromExportLine(ANCHOR.toExportLine() + "\r\n")).isEqualTo(ANCHOR);
    Anchor whole = new Anchor(TENANT, 1, HEAD, Instant.EPOCH, "k", "Ed25519", "");
    assertThat(Anchor.fromExportLine(whole.toExportLine())).isEqualTo(whole);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "only\tthree\tfields",
        "not-a-uuid\t42\th\t2026-11-23T09:30:00Z\tk\tEd25519\tsig",
        "6f1c3a52-9b0e-4d57-8a21-0c4e5f6a7b8c\tfour\th\t2026-11-23T09:30:00Z\tk\tEd25519\tsig",
        "6f1c3a52-9b0e-4d57-8a21-0c4e5f6a7b8c\t0\th\t2026-11-23T09:30:00Z\tk\tEd25519\tsig",
        "6f1c3a52-9b0e-4d57-8a21-0c4e5f6a7b8c\t42\th\tyesterday\tk\tEd25519\tsig",
        "6f1c3a52-9b0e-4d57-8a21-0c4e5f6a7b8c\t42\th\t2026-11-23T09:30:00Z\tk\tEd25519\tsig\textra",
        // parseable, but not as written by toExportLine: one line, one parse
        "6F1C3A52-9B0E-4D57-8A21-0C4E5F6A7B8C\t42\th\t2026-11-23T09:30:00Z\tk\tEd25519\tsig",
        "6f1c3a52-9b0e-4d57-8a21-0c4e5f6a7b8c\t+42\th\t2026-11-23T09:30:00Z\tk\tEd25519\tsig",
        "6f1c3a52-9b0e-4d57-8a21-0c4e5f6a7b8c\t042\th\t2026-11-23T09:30:00Z\tk\tEd25519\tsig",
        "6f1c3a52-9b0e-4d57-8a21-0c4e5f6a7b8c\t42\th\t2026-11-23T09:30:00.000Z\tk\tEd25519\tsig"
      })
  void malformedExportLinesAreRejected(String line) {
    assertThatThrownBy(() -> Anchor.fromExportLine(line))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void componentsThatWouldBreakTheExportFormatAreRejected() {
    assertThatThrownBy(() -> new Anchor(TENANT, 1, HEAD, AT, "k\tx", "Ed25519", "s"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Anchor(TENANT, 1, HEAD, AT, "k", "Ed25519", "s\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Anchor(TENANT, 0, HEAD, AT, "k", "Ed25519", "s"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Anchor(TENANT, 1, null, AT, "k", "Ed25519", "s"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Anchor.fromExportLine(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void everySignedComponentChangesTheSignedBytesButTheSignatureDoesNot() {
    List<Anchor> variants =
        List.of(
            new Anchor(OTHER_TENANT, 42, HEAD, AT, "a1b2c3d4e5f60718", "SM3withSM2", "x"),
            new Anchor(TENANT, 43, HEAD, AT, "a1b2c3d4e5f60718", "SM3withSM2", "x"),
            new Anchor(
                TENANT, 42, "f" + HEAD.substring(1), AT, "a1b2c3d4e5f60718", "SM3withSM2", "x"),
            new Anchor(TENANT, 42, HEAD, AT.plusNanos(1), "a1b2c3d4e5f60718", "SM3withSM2", "x"),
            new Anchor(TENANT, 42, HEAD, AT, "a1b2c3d4e5f60719", "SM3withSM2", "x"),
            new Anchor(TENANT, 42, HEAD, AT, "a1b2c3d4e5f60718", "Ed25519", "x"));
    for (Anchor v : variants) {
      assertThat(v.signedBytes()).isNotEqualTo(ANCHOR.signedBytes());
    }
    Anchor otherSignature =
        new Anchor(TENANT, 42, HEAD, AT, "a1b2c3d4e5f60718", "SM3withSM2", "b3RoZXI=");
    assertThat(otherSignature.signedBytes()).isEqualTo(ANCHOR.signedBytes());
  }
}
