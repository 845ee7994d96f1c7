package cn.yangguang.disclosure.request.domain;

import java.util.List;

/** Ex-officio decisions of the current tenant. */
public interface DecisionRepository {

  /** Adds one; false when the agency already has a decision with that reference. */
  boolean add(ExOfficioDecision d, String actor);

  List<ExOfficioDecision> ofAgency(String agencyCode, int year);

  /** How many of a kind the agency (every agency when null) decided in the year. */
  int count(String agencyCode, ExOfficioDecision.Kind kind, int year);
}
