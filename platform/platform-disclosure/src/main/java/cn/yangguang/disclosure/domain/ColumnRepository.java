package cn.yangguang.disclosure.domain;

import java.util.List;

/** The columns a county sees: template rows shared with it, and its own rows. */
public interface ColumnRepository {

  /** The template: its province's rows when the province has any, else the national rows. */
  List<DisclosureColumn> template();

  /** The county's own rows (additions and customisations). */
  List<DisclosureColumn> county();

  /** Adds or replaces one of the county's rows, by code. */
  void saveCounty(DisclosureColumn column);
}
