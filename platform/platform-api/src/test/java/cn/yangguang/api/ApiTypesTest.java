package cn.yangguang.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.api.tenant.TenantRef;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApiTypesTest {

  @Test
  void versionCompatibility() {
    assertThat(ApiVersion.supports(ApiVersion.MAJOR, 0)).isTrue();
    assertThat(ApiVersion.supports(ApiVersion.MAJOR, ApiVersion.MINOR + 1)).isFalse();
    assertThat(ApiVersion.supports(ApiVersion.MAJOR + 1, 0)).isFalse();
  }

  @Test
  void tenantRefsCheckTheirSlug() {
    assertThat(new TenantRef(UUID.randomUUID(), "jianshi", "420000").slug()).isEqualTo("jianshi");
    assertThatThrownBy(() -> new TenantRef(UUID.randomUUID(), "Jian Shi", "420000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TenantRef.isValidSlug("t")).isFalse();
    assertThat(TenantRef.isValidSlug("kaizhou-2")).isTrue();
  }
}
