package cn.yangguang.kernel.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private final FieldCipher cipher = new FieldCipher(new byte[32]);
  private final UUID a = UUID.randomUUID();
  private final UUID b = UUID.randomUUID();

  @Test
  void roundTripsAndHidesThePlainText() {
    String sealed = cipher.encrypt(a, "42282219800101123X");
    assertThat(sealed).startsWith("sm4gcm1:").doesNotContain("4228");
    assertThat(cipher.decrypt(a, sealed)).isEqualTo("42282219800101123X");
    assertThat(cipher.encrypt(a, "42282219800101123X")).isNotEqualTo(sealed);
  }

  @Test
  void anotherCountysKeyCannotOpenIt() {
    String sealed = cipher.encrypt(a, "13800001234");
    assertThatThrownBy(() -> cipher.decrypt(b, sealed)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tamperingIsDetected() {
    String sealed = cipher.encrypt(a, "13800001234");
    char last = sealed.charAt(sealed.length() - 3);
    String bad =
        sealed.substring(0, sealed.length() - 3)
            + (last == 'A' ? 'B' : 'A')
            + sealed.substring(sealed.length() - 2);
    assertThatThrownBy(() -> cipher.decrypt(a, bad)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void blindIndexIsStablePerCountyAndDiffersAcrossCounties() {
    assertThat(cipher.blindIndex(a, "42282219800101123x"))
        .isEqualTo(cipher.blindIndex(a, " 42282219800101123X"))
        .isNotEqualTo(cipher.blindIndex(b, "42282219800101123X"))
        .hasSize(64);
    assertThat(cipher.encrypt(a, null)).isNull();
  }
}
