package cn.yangguang.catalogue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A province's master catalogue: shared rows that the counties of the province read and only the
 * audited province path writes.
 */
public interface MasterRepository {

  /** A row of a master import: the item and the status it asks for. */
  record MasterRow(ItemFields fields, String status) {}

  /** What a master import changed: the keys of the items whose public version changed. */
  record Stored(List<String> created, List<String> changed, List<String> retired, int unchanged) {}

  /**
   * In a county's transaction: the published master items of the county's province, by key (the
   * shared rows row-level security shows it; none for a county of another province).
   */
  Map<String, ServiceItem> publishedForCounty();

  /** The published items of a province's master, ordered by key (for its admins). */
  List<ServiceItem> published(String provinceCode);

  /**
   * Applies master rows in one audited transaction: a row whose fields differ from the published
   * version becomes the next published version; a {@code RETIRED} row retires it.
   *
   * @param actor who asked, already authorized for the province
   */
  Stored store(
      String provinceCode, List<MasterRow> rows, String fileName, Instant now, String actor);
}
