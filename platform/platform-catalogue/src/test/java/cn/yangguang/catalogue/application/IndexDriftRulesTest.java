package cn.yangguang.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ServiceItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the reconciliation corrects: missing, stale and gone index entries, nothing else. */
class IndexDriftRulesTest {

  private static ServiceItem published(String key, int version) {
    ItemFields f =
        new ItemFields(
            key,
            "事项" + key,
            "01",
            "000000000001",
            null,
            "MAIN",
            null,
            null,
            "d",
            null,
            null,
            null,
            List.of(),
            "《条例》第一条",
            List.of(),
            null,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            List.of(),
            true);
    return new ServiceItem(
        UUID.randomUUID(),
        version,
        ServiceItem.Status.PUBLISHED,
        f,
        Instant.EPOCH,
        "test",
        Instant.EPOCH,
        null);
  }

  @Test
  void anIndexInStepHasNoDrift() {
    assertThat(
            CatalogueIndexMaintenance.drift(
                    Map.of("a", 1, "b", 3), List.of(published("a", 1), published("b", 3)))
                .size())
        .isZero();
  }

  @Test
  void missingStaleAndGoneEntriesAreFound() {
    CatalogueIndexMaintenance.Drift d =
        CatalogueIndexMaintenance.drift(
            Map.of("a", 1, "b", 2, "gone", 4),
            List.of(published("a", 1), published("b", 3), published("new", 1)));
    assertThat(d.stale()).extracting(ServiceItem::key).containsExactly("b", "new");
    assertThat(d.gone()).containsExactly("gone");
    assertThat(d.size()).isEqualTo(3);
  }
}
