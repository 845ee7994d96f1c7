package cn.yangguang.supervision.domain;

import java.util.List;

/** The county's cards; inside its tenant transaction. */
public interface CardRepository {

  void add(Card c);

  /**
   * Most recent first.
   *
   * @param departmentCode only this department's, or null
   */
  List<Card> list(String departmentCode, int limit);
}
