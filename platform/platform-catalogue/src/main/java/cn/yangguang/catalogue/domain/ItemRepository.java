package cn.yangguang.catalogue.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The versions of the items of the tenant whose transaction is running (row-level security scopes
 * every call; outside a tenant transaction it sees nothing).
 */
public interface ItemRepository {

  /** The published version of the item with this key. */
  Optional<ServiceItem> published(String key);

  /** The published versions of the items with these keys (missing keys are left out). */
  List<ServiceItem> published(java.util.Collection<String> keys);

  /** The draft of the item with this key, if one is open. */
  Optional<ServiceItem> draft(String key);

  /** The version with this id (any status). */
  Optional<ServiceItem> byId(UUID id);

  /** Every published version, ordered by key. */
  List<ServiceItem> allPublished();

  /**
   * The working version of every item: its draft if one is open, else its newest version; ordered
   * by key.
   */
  List<ServiceItem> allCurrent();

  /** The highest version number of the item, 0 when it does not exist. */
  int lastVersion(String key);

  /** Stores a new version. */
  void insert(ServiceItem item);

  /** Stores a version's new status and its publication or retirement time. */
  void updateStatus(ServiceItem item);

  /** Deletes a draft (replaced by a newer draft before publication). */
  void deleteDraft(UUID id);
}
