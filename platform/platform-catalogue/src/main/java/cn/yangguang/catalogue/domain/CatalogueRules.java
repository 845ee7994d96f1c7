package cn.yangguang.catalogue.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks an item must pass before it is stored: required fields and formats, then the
 * provincial data checker's cross-field rules (RULES.md §2, docs/catalogue-format.md). Pure: the
 * county's department codes are passed in. Every failed check is reported; none stops the others.
 */
public final class CatalogueRules {

  private static final Pattern KEY = Pattern.compile("[0-9A-Za-z-]{1,36}");
  private static final Pattern BASE_CODE = Pattern.compile("[0-9A-Z]{1,12}");

  private final Set<String> departments;

  /**
   * @param departments the codes of the county's active departments
   */
  public CatalogueRules(Set<String> departments) {
    this.departments = Set.copyOf(departments);
  }

  /** Checks one item; {@code row} locates the problems (0 for an item edited in the console). */
  public List<RowProblem> check(ItemFields f, int row) {
    List<RowProblem> p = new ArrayList<>();
    Checks c = new Checks(row, p);
    base(f, c);
    c.require(f.departmentCode(), Column.DEPARTMENT);
    if (f.departmentCode() != null && !departments.contains(f.departmentCode())) {
      c.add(
          Column.DEPARTMENT,
          "unknownDepartment",
          "no active department " + f.departmentCode() + " in this county",
          f.departmentCode());
    }
    c.require(f.bodyNature(), Column.BODY_NATURE);
    if (Codes.ENTRUSTED_ORG.equals(f.bodyNature()) && f.entrustedBy() == null) {
      c.add(Column.ENTRUSTED_BY, "entrustedBy", "an entrusted organization names who entrusted it");
    }
    c.require(f.powerSource(), Column.POWER_SOURCE);
    c.requireList(f.exerciseLevels(), Column.EXERCISE_LEVELS);
    c.requireList(f.serviceObjects(), Column.SERVICE_OBJECTS);
    c.require(f.consultation(), Column.CONSULTATION);
    c.require(f.complaint(), Column.COMPLAINT);
    c.requireList(f.themes(), Column.THEMES);
    fee(f, c);
    if (f.takesApplications()) {
      applications(f, c);
    } else {
      exOfficio(f, c);
    }
    return p;
  }

  /**
   * Checks a whole file: every item, keys unique, parents present and listed before their children.
   *
   * @param items the items in file order; item i is on row i + 2
   */
  public List<RowProblem> checkFile(List<ItemFields> items) {
    return checkFile(items, false);
  }

  /**
   * Checks a province's master file: the base fields of every item (name, type, codes, hierarchy,
   * legal basis), keys unique, parents first. The implementation fields are the counties' and are
   * checked when a county adopts an item; a master may leave them out.
   */
  public static List<RowProblem> checkMasterFile(List<ItemFields> items) {
    return new CatalogueRules(Set.of()).checkFile(items, true);
  }

  private List<RowProblem> checkFile(List<ItemFields> items, boolean master) {
    List<RowProblem> p = new ArrayList<>();
    Map<String, Integer> rowOfKey = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      ItemFields f = items.get(i);
      int row = i + 2;
      if (master) {
        base(f, new Checks(row, p));
      } else {
        p.addAll(check(f, row));
      }
      if (f.key() != null) {
        Integer first = rowOfKey.putIfAbsent(f.key(), row);
        if (first != null) {
          p.add(
              RowProblem.coded(
                  row, Column.KEY, "duplicateKey", "the same key as row " + first, first));
        }
      }
      if (f.parentKey() != null && !rowOfKey.containsKey(f.parentKey())) {
        p.add(
            RowProblem.coded(
                row,
                Column.PARENT_KEY,
                "parentMissing",
                "parent " + f.parentKey() + " is not on an earlier row",
                f.parentKey()));
      }
    }
    return p;
  }

  /** The base fields: identity, type, codes, hierarchy and legal basis. */
  private static void base(ItemFields f, Checks c) {
    c.require(f.key(), Column.KEY);
    if (f.key() != null && !KEY.matcher(f.key()).matches()) {
      c.add(Column.KEY, "keyFormat", "at most 36 letters, digits or '-'");
    }
    c.require(f.name(), Column.NAME);
    if (f.name() != null && f.name().length() > 200) {
      c.add(Column.NAME, "nameLength", "at most 200 characters");
    }
    c.require(f.itemType(), Column.ITEM_TYPE);
    c.require(f.baseCode(), Column.BASE_CODE);
    if (f.baseCode() != null && !BASE_CODE.matcher(f.baseCode()).matches()) {
      c.add(Column.BASE_CODE, "baseCodeFormat", "at most 12 capital letters or digits");
    }
    if (f.handlingCode() != null && f.handlingCode().length() > 50) {
      c.add(Column.HANDLING_CODE, "handlingCodeLength", "at most 50 characters");
    }
    hierarchy(f, c);
    c.require(f.legalBasis(), Column.LEGAL_BASIS);
  }

  private static void hierarchy(ItemFields f, Checks c) {
    c.require(f.hierarchy(), Column.HIERARCHY);
    if (f.hierarchy() == null) {
      return;
    }
    boolean main = Codes.MAIN.equals(f.hierarchy());
    if (main && f.parentKey() != null) {
      c.add(Column.PARENT_KEY, "mainHasParent", "a main item has no parent");
    }
    if (!main && f.parentKey() == null) {
      c.add(Column.PARENT_KEY, "parentRequired", "a sub-item or handling item names its parent");
    }
    if (Codes.HANDLING.equals(f.hierarchy()) && f.handlingKind() == null) {
      c.add(Column.HANDLING_KIND, "handlingKind", "a handling item is 新设, 变更, 延续 or 注销");
    }
  }

  private static void fee(ItemFields f, Checks c) {
    if (f.fee().charged()) {
      c.require(f.fee().basis(), Column.FEE_BASIS);
      c.require(f.fee().standard(), Column.FEE_STANDARD);
    } else if (Boolean.TRUE.equals(f.online().payment())) {
      c.add(
          Column.ONLINE_PAYMENT, "paymentWithoutFee", "an item without fees has no online payment");
    }
    if (f.online().online() && f.online().depth().isEmpty()) {
      c.add(
          Column.ONLINE_DEPTH,
          "onlineDepth",
          "an online item states how deep it is handled online");
    }
  }

  private static void applications(ItemFields f, Checks c) {
    c.require(f.caseKind(), Column.CASE_KIND);
    c.require(f.conditions(), Column.CONDITIONS);
    if (f.statutory() == null) {
      c.add(
          Column.STATUTORY_LIMIT,
          "requiredForApplications",
          "required for an item taking applications");
    }
    if (f.promised() == null) {
      c.add(
          Column.PROMISED_LIMIT,
          "requiredForApplications",
          "required for an item taking applications");
    }
    c.requireList(f.handlingForms(), Column.HANDLING_FORMS);
    c.require(f.place(), Column.PLACE);
    c.require(f.hours(), Column.HOURS);
    c.require(f.resultType(), Column.RESULT_TYPE);
    if (f.resultType() != null && !Codes.NO_RESULT.equals(f.resultType())) {
      c.require(f.resultName(), Column.RESULT_NAME);
    }
    if (f.siteVisits() == null) {
      c.add(
          Column.SITE_VISITS,
          "requiredForApplications",
          "required for an item taking applications");
    }
    limits(f, c);
    visits(f, c);
  }

  private static void limits(ItemFields f, Checks c) {
    if (f.promised() == null) {
      return;
    }
    boolean immediate = Codes.IMMEDIATE.equals(f.caseKind());
    if (immediate && f.promised().amount() != 0) {
      c.add(Column.PROMISED_LIMIT, "immediateSameDay", "a 即办件 is promised the same day: 0");
    }
    if (!immediate && f.caseKind() != null && f.promised().amount() == 0) {
      c.add(Column.CASE_KIND, "zeroMakesImmediate", "a promised limit of 0 makes it a 即办件");
    }
    if (f.statutory() != null
        && f.statutory().unit().equals(f.promised().unit())
        && f.promised().amount() > f.statutory().amount()) {
      c.add(
          Column.PROMISED_LIMIT,
          "promisedExceedsStatutory",
          "the promised limit exceeds the statutory one");
    }
    int stepDays = f.steps().stream().mapToInt(ItemFields.Step::days).sum();
    if (Codes.WORKING_DAYS.equals(f.promised().unit()) && stepDays > f.promised().amount()) {
      c.add(
          Column.STEPS,
          "stepsExceedPromise",
          "the steps take "
              + stepDays
              + " working days, more than the promised "
              + f.promised().amount(),
          stepDays,
          f.promised().amount());
    }
  }

  private static void visits(ItemFields f, Checks c) {
    Integer visits = f.siteVisits();
    if (visits == null) {
      return;
    }
    if (f.online().depth().containsAll(Codes.LEVEL_IV) && visits > 0) {
      c.add(
          Column.SITE_VISITS,
          "noVisitWhenOnline",
          "an item handled wholly online (depth 4 and 5) needs no visit");
    }
    if (visits > 0 && f.siteVisitReason() == null) {
      c.add(Column.SITE_VISIT_REASON, "visitReason", "say why the applicant must come in person");
    }
    if (visits == 0 && !f.online().online() && !Boolean.TRUE.equals(f.postal())) {
      c.add(
          Column.POSTAL,
          "postalNeeded",
          "without a visit and without online handling, postal application is needed");
    }
  }

  private static void exOfficio(ItemFields f, Checks c) {
    if (f.caseKind() != null) {
      c.add(
          Column.CASE_KIND, "exOfficioNoApplications", "an ex-officio item takes no applications");
    }
    if (f.statutory() != null || f.promised() != null) {
      c.add(
          Column.PROMISED_LIMIT,
          "exOfficioNoLimits",
          "an ex-officio item has no application time limits");
    }
    if (!f.handlingForms().isEmpty()) {
      c.add(
          Column.HANDLING_FORMS,
          "exOfficioNoApplications",
          "an ex-officio item takes no applications");
    }
    if (!f.steps().isEmpty()) {
      c.add(Column.STEPS, "exOfficioNoSteps", "an ex-officio item has no application process");
    }
    if (!f.materials().isEmpty()) {
      c.add(Column.MATERIALS, "exOfficioNoMaterials", "an ex-officio item asks for no materials");
    }
  }

  /** Collects the problems of one row. */
  private record Checks(int row, List<RowProblem> problems) {
    void add(Column column, String code, String reason, Object... args) {
      problems.add(RowProblem.coded(row, column, code, reason, args));
    }

    void require(String value, Column column) {
      if (value == null || value.isBlank()) {
        add(column, "required", "required");
      }
    }

    void requireList(List<String> values, Column column) {
      if (values.isEmpty()) {
        add(column, "required", "required");
      }
    }
  }
}
