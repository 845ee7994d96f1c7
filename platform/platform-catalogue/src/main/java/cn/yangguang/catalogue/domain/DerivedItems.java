package cn.yangguang.catalogue.domain;

import java.util.Map;
import java.util.UUID;

/**
 * Which of the county's items derive from its province's master, in the county's transaction (like
 * {@link ItemRepository}, row-level security scopes every call).
 */
public interface DerivedItems {

  /** The master link of every derived item, by the county item's key (its newest version's). */
  Map<String, MasterLink> links();

  /** Records that a version derives from a master item (null: a local item). */
  void link(UUID versionId, MasterLink link);
}
