package cn.yangguang.catalogue.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.CatalogueImport;
import cn.yangguang.catalogue.application.CatalogueIndexMaintenance;
import cn.yangguang.catalogue.application.ItemSearch.SearchHit;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.outbox.OutboxEvent;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.kernel.tenancy.domain.TenantFacts;
import cn.yangguang.kernel.tenancy.domain.TenantStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueIndexFeederTest {

  static final TenantRef JIANSHI = new TenantRef(UUID.randomUUID(), "jianshi", "420000");

  final Map<String, ServiceItem> published = new HashMap<>();
  final List<TenantRef> transactionsOpened = new java.util.ArrayList<>();
  final LuceneItemSearch search = new LuceneItemSearch();
  final CatalogueIndexFeeder feeder = new CatalogueIndexFeeder();

  @BeforeEach
  void wire() {
    feeder.search = search;
    feeder.items = new Items();
    feeder.maintenance =
        new CatalogueIndexMaintenance() {
          @Override
          public List<ResolvedTenant> counties() {
            TenantFacts facts =
                new TenantFacts(
                    "建始县", "Jianshi", "422822", "420000", "湖北省", "422800", "恩施州", "Asia/Shanghai");
            return List.of(
                new ResolvedTenant(JIANSHI, TenantStatus.ACTIVE, facts, Map.of(), 1, List.of()));
          }
        };
    feeder.transactions =
        new TenantTransactions() {
          @Override
          public <T> T call(TenantRef tenant, Callable<T> work) {
            transactionsOpened.add(tenant);
            try {
              return work.call();
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          }
        };
  }

  @AfterEach
  void close() {
    search.close();
  }

  @Test
  void acceptsOnlyItemChanges() {
    assertThat(feeder.accepts(CatalogueImport.ITEM_CHANGED)).isTrue();
    assertThat(feeder.accepts("tenant.changed")).isFalse();
  }

  @Test
  void indexesThePublishedVersionReadInTheCountysTransaction() {
    published.put("hk-qy", SampleItems.item("hk-qy", "户口迁移", "gaj", null, List.of()));
    feeder.on(event(JIANSHI.id(), "hk-qy"));
    assertThat(transactionsOpened).containsExactly(JIANSHI);
    assertThat(search.search(JIANSHI, "户口", 5)).extracting(SearchHit::key).containsExactly("hk-qy");
  }

  @Test
  void removesAnItemThatHasNoPublishedVersion() {
    search.index(JIANSHI, SampleItems.item("hk-qy", "户口迁移", "gaj", null, List.of()));
    feeder.on(event(JIANSHI.id(), "hk-qy"));
    assertThat(search.search(JIANSHI, "户口", 5)).isEmpty();
  }

  @Test
  void ignoresAnEventOfAnUnknownTenant() {
    feeder.on(event(UUID.randomUUID(), "hk-qy"));
    assertThat(transactionsOpened).isEmpty();
  }

  private static OutboxEvent event(UUID tenant, String key) {
    return new OutboxEvent(
        1,
        tenant,
        UUID.randomUUID(),
        CatalogueImport.ITEM_CHANGED,
        "catalogue-item",
        key,
        "{}",
        Instant.now());
  }

  /** The published versions of the test, as row-level security would show them. */
  final class Items implements ItemRepository {
    @Override
    public Optional<ServiceItem> published(String key) {
      return Optional.ofNullable(published.get(key));
    }

    @Override
    public List<ServiceItem> published(java.util.Collection<String> keys) {
      return keys.stream().map(published::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Optional<ServiceItem> draft(String key) {
      return Optional.empty();
    }

    @Override
    public Optional<ServiceItem> byId(UUID id) {
      return Optional.empty();
    }

    @Override
    public List<ServiceItem> allPublished() {
      return List.copyOf(published.values());
    }

    @Override
    public List<ServiceItem> allCurrent() {
      return allPublished();
    }

    @Override
    public int lastVersion(String key) {
      return published.containsKey(key) ? 1 : 0;
    }

    @Override
    public void insert(ServiceItem item) {}

    @Override
    public void updateStatus(ServiceItem item) {}

    @Override
    public void deleteDraft(UUID id) {}
  }
}
