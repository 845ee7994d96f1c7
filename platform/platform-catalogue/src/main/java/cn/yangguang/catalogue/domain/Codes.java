package cn.yangguang.catalogue.domain;

import java.util.Set;

/**
 * The code lists of the catalogue and the few codes whose meaning the rules depend on. The lists
 * themselves are data ({@code yg.code_list_entry}, national entries seeded by migration V7); a
 * province may add entries, e.g. an item type 行政备案.
 */
public final class Codes {

  public static final String ITEM_TYPE = "catalogue.item-type";
  public static final String HIERARCHY = "catalogue.hierarchy";
  public static final String HANDLING_KIND = "catalogue.handling-kind";
  public static final String BODY_NATURE = "catalogue.body-nature";
  public static final String POWER_SOURCE = "catalogue.power-source";
  public static final String EXERCISE_LEVEL = "catalogue.exercise-level";
  public static final String SERVICE_OBJECT = "catalogue.service-object";
  public static final String CASE_KIND = "catalogue.case-kind";
  public static final String TIME_UNIT = "catalogue.time-unit";
  public static final String HANDLING_FORM = "catalogue.handling-form";
  public static final String ONLINE_DEPTH = "catalogue.online-depth";
  public static final String SCOPE = "catalogue.scope";
  public static final String RESULT_TYPE = "catalogue.result-type";
  public static final String THEME = "catalogue.theme";
  public static final String MATERIAL_FORM = "catalogue.material-form";
  public static final String MATERIAL_SOURCE = "catalogue.material-source";
  public static final String NECESSITY = "catalogue.necessity";
  public static final String STATUS = "catalogue.status";

  /** Item types that are exercised ex officio: published, but no one applies for them. */
  public static final Set<String> EX_OFFICIO_TYPES = Set.of("02", "03", "04", "06");

  /** 即办件: handled on the spot, promised limit 0. */
  public static final String IMMEDIATE = "IMMEDIATE";

  /** The hierarchy levels. */
  public static final String MAIN = "MAIN";

  public static final String SUB = "SUB";
  public static final String HANDLING = "HANDLING";

  /** 受委托组织: needs the entrusting department. */
  public static final String ENTRUSTED_ORG = "ENTRUSTED_ORG";

  /** The working-day unit (steps are counted in it). */
  public static final String WORKING_DAYS = "WORKING_DAYS";

  /** Result type 无. */
  public static final String NO_RESULT = "NONE";

  /** Online depth codes that together make level IV (全程网办): accepted and handled online. */
  public static final Set<String> LEVEL_IV = Set.of("4", "5");

  private Codes() {}
}
