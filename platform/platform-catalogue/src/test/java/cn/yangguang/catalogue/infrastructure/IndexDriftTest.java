package cn.yangguang.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.domain.ServiceItem;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the index reports of itself ({@code indexed}), which the reconciliation compares with the
 * database: keys and versions, kept through index, remove and rebuild.
 */
class IndexDriftTest {

  private static final TenantRef COUNTY = new TenantRef(UUID.randomUUID(), "drift", "420000");

  private final LuceneItemSearch search = new LuceneItemSearch();

  @AfterEach
  void close() {
    search.close();
  }

  @Test
  void anUnbuiltIndexHoldsNothing() {
    assertThat(search.indexed(COUNTY)).isEmpty();
  }

  @Test
  void theIndexReportsTheKeysAndVersionsItHolds() {
    ServiceItem a = SampleItems.item("a", "户口迁移", "gaj", null, List.of());
    ServiceItem b = SampleItems.item("b", "婚姻登记", "mzj", null, List.of());
    search.rebuild(COUNTY, List.of(a, b), n -> {});
    assertThat(search.indexed(COUNTY)).isEqualTo(Map.of("a", a.version(), "b", b.version()));

    ServiceItem a2 = SampleItems.item("a", a.version() + 1, "户口迁移", "gaj", null, List.of());
    search.index(COUNTY, a2);
    search.remove(COUNTY, "b");
    assertThat(search.indexed(COUNTY)).isEqualTo(Map.of("a", a.version() + 1));
  }
}
