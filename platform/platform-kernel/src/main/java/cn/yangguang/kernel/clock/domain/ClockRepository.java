package cn.yangguang.kernel.clock.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Clocks of the transaction's tenant (row-level security scopes every call). */
public interface ClockRepository {

  /** The clock with this id, locked for update, if the tenant has it. */
  Optional<Clock> lock(UUID id);

  /** The clock with this id, if the tenant has it. */
  Optional<Clock> find(UUID id);

  /** Stores a new clock. */
  void add(Clock clock);

  /**
   * Stores changes of a loaded clock (optimistic: fails when someone else changed it meanwhile).
   */
  void update(Clock clock);

  /** Appends a change to the clock's history. */
  void recordEvent(
      UUID clockId,
      Clock.ClockChange change,
      String actor,
      java.time.Instant at,
      String detailJson);

  /** The clock's history, oldest first. */
  List<ClockEventView> events(UUID clockId);

  /**
   * Open clocks that a change to {@code year}'s schedule can move: those whose deadline is
   * provisional, and those counting across any day of that year. Locked for update.
   */
  List<Clock> lockAffectedBy(int year);

  /** Open clocks of a regime, locked for update (their thresholds follow a policy change). */
  List<Clock> lockOpen(String regime);

  /**
   * Sets this tenant's own thresholds for a regime (overriding the province's and the national
   * ones).
   */
  void savePolicy(UUID tenantId, ClockPolicy policy);

  /**
   * The regime's policy for this tenant: its own, its province's, else the national one, else
   * DEFAULT.
   */
  ClockPolicy policy(String regime);

  /** One recorded change. */
  record ClockEventView(
      long seq,
      java.time.Instant at,
      String kind,
      String levelBefore,
      String levelAfter,
      String actor,
      String reason) {}
}
