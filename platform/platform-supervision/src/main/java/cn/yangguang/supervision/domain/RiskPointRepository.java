package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.List;

/** The county's risk points; inside its tenant transaction. */
public interface RiskPointRepository {

  List<RiskPoint> all();

  void add(RiskPoint p, String by, Instant at);
}
