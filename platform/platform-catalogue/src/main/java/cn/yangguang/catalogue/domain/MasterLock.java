package cn.yangguang.catalogue.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The rules between a province master item and a county item derived from it. The base fields
 * (name, item type, basic code, legal basis) belong to the master: a county may not change them,
 * and a master change flows to every derived item. The implementation fields are the county's;
 * where the master suggests a value and the county's differs, the county deviates (shown, not
 * refused). Pure.
 */
public final class MasterLock {

  /** The base fields, locked to the master. */
  public static final List<Column> LOCKED =
      List.of(Column.NAME, Column.ITEM_TYPE, Column.BASE_CODE, Column.LEGAL_BASIS);

  /** Columns that are never compared: identity, the county's own organization and bookkeeping. */
  private static final Set<Column> NOT_COMPARED =
      EnumSet.of(
          Column.KEY,
          Column.PARENT_KEY,
          Column.DEPARTMENT,
          Column.STATUS,
          Column.SOURCE,
          Column.MASTER_KEY);

  private MasterLock() {}

  /**
   * The problems of a county row whose base fields differ from its master's, one per field, naming
   * the master's value.
   */
  public static List<RowProblem> check(ItemFields county, ItemFields master, int row) {
    List<RowProblem> problems = new ArrayList<>();
    for (Column c : LOCKED) {
      String mine = base(county, c);
      String theirs = base(master, c);
      if (!Objects.equals(mine, theirs)) {
        problems.add(
            RowProblem.coded(
                row,
                c,
                "locked",
                "locked to the province master item "
                    + master.key()
                    + ": must be \""
                    + theirs
                    + "\"",
                master.key(),
                theirs));
      }
    }
    return problems;
  }

  /** Whether the county item's base fields are the master's. */
  public static boolean follows(ItemFields county, ItemFields master) {
    return LOCKED.stream().allMatch(c -> Objects.equals(base(county, c), base(master, c)));
  }

  /** The county item with the master's base fields (everything else kept). */
  public static ItemFields follow(ItemFields f, ItemFields master) {
    return new ItemFields(
        f.key(),
        master.name(),
        master.itemType(),
        master.baseCode(),
        f.handlingCode(),
        f.hierarchy(),
        f.parentKey(),
        f.handlingKind(),
        f.departmentCode(),
        f.bodyNature(),
        f.entrustedBy(),
        f.powerSource(),
        f.exerciseLevels(),
        master.legalBasis(),
        f.serviceObjects(),
        f.conditions(),
        f.caseKind(),
        f.statutory(),
        f.promised(),
        f.fee(),
        f.handlingForms(),
        f.siteVisits(),
        f.siteVisitReason(),
        f.online(),
        f.postal(),
        f.appointment(),
        f.scope(),
        f.jointBodies(),
        f.intermediary(),
        f.quantityLimit(),
        f.place(),
        f.hours(),
        f.consultation(),
        f.complaint(),
        f.specialProcedures(),
        f.resultType(),
        f.resultName(),
        f.themes(),
        f.steps(),
        f.materials(),
        f.synthetic());
  }

  /**
   * The implementation columns where the county deviates: the master gives a value and the county's
   * differs. Both rows are in the exchange format (so lists and codes compare as written).
   */
  public static List<Column> deviations(Map<Column, String> county, Map<Column, String> master) {
    List<Column> out = new ArrayList<>();
    for (Column c : Column.values()) {
      if (NOT_COMPARED.contains(c) || LOCKED.contains(c)) {
        continue;
      }
      String theirs = blankToNull(master.get(c));
      if (theirs != null && !theirs.equals(blankToNull(county.get(c)))) {
        out.add(c);
      }
    }
    return out;
  }

  private static String base(ItemFields f, Column c) {
    String v =
        switch (c) {
          case NAME -> f.name();
          case ITEM_TYPE -> f.itemType();
          case BASE_CODE -> f.baseCode();
          case LEGAL_BASIS -> f.legalBasis();
          default -> throw new IllegalArgumentException(c + " is not a base field");
        };
    return blankToNull(v);
  }

  private static String blankToNull(String v) {
    return v == null || v.isBlank() ? null : v.strip();
  }
}
