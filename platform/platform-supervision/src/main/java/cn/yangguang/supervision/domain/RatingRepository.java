package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The county's ratings; inside its tenant transaction. */
public interface RatingRepository {

  /** Adds it; false when the case was already rated. */
  boolean add(Rating r);

  Optional<Rating> find(UUID id);

  /** Most recent first; only those with this follow-up when given. */
  List<Rating> list(Rating.FollowUp followUp, int limit);

  /** Records the rectification; false when it was not pending. */
  boolean followUp(UUID id, String note, String by, Instant at);

  /**
   * The public statistics per department: counts of each level.
   *
   * @return department code → counts of levels 1 to 5 (index 0 to 4)
   */
  java.util.Map<String, int[]> levelsByDepartment();
}
