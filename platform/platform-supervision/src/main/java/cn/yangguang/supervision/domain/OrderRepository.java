package cn.yangguang.supervision.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The county's supervision orders; inside its tenant transaction. */
public interface OrderRepository {

  /** The next order number of the county, e.g. {@code DB-20261124-0007}. */
  String nextNumber(String prefix);

  void add(SupervisionOrder o);

  Optional<SupervisionOrder> find(UUID id);

  /** Saves a change; false when someone else changed it first (version). */
  boolean update(SupervisionOrder o);

  /**
   * Most recent first.
   *
   * @param departmentCode only this department's, or null
   */
  List<SupervisionOrder> list(String departmentCode, int limit);
}
