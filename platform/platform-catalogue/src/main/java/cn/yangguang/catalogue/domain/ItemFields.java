package cn.yangguang.catalogue.domain;

import java.util.List;

/**
 * The content of one version of an item: every field of the national implementation list. Codes of
 * enumerated fields are those of the {@code catalogue.*} code lists (see {@link Codes}). Immutable;
 * lists are never null (empty when not given); other absent values are null.
 *
 * @param key the 实施编码: the item's key within its county
 * @param parentKey the parent's key for a sub-item or handling item
 * @param departmentCode the implementing department's code in the county
 * @param statutory the statutory time limit, null for items taking no applications
 * @param promised the promised time limit, null for items taking no applications
 */
public record ItemFields(
    String key,
    String name,
    String itemType,
    String baseCode,
    String handlingCode,
    String hierarchy,
    String parentKey,
    String handlingKind,
    String departmentCode,
    String bodyNature,
    String entrustedBy,
    String powerSource,
    List<String> exerciseLevels,
    String legalBasis,
    List<String> serviceObjects,
    String conditions,
    String caseKind,
    Limit statutory,
    Limit promised,
    Fee fee,
    List<String> handlingForms,
    Integer siteVisits,
    String siteVisitReason,
    Online online,
    Boolean postal,
    Boolean appointment,
    String scope,
    String jointBodies,
    String intermediary,
    String quantityLimit,
    String place,
    String hours,
    String consultation,
    String complaint,
    String specialProcedures,
    String resultType,
    String resultName,
    List<String> themes,
    List<Step> steps,
    List<Material> materials,
    boolean synthetic) {

  public ItemFields {
    exerciseLevels = copy(exerciseLevels);
    serviceObjects = copy(serviceObjects);
    handlingForms = copy(handlingForms);
    themes = copy(themes);
    steps = copy(steps);
    materials = copy(materials);
    fee = fee == null ? new Fee(false, null, null) : fee;
    online = online == null ? new Online(false, List.of(), null, null) : online;
  }

  /**
   * A time limit: an amount of a unit ({@code WORKING_DAYS}, {@code NATURAL_DAYS}, {@code HOURS}).
   */
  public record Limit(int amount, String unit, String note) {}

  /** Whether the item is charged, on what basis and at what standard. */
  public record Fee(boolean charged, String basis, String standard) {}

  /** Online handling: whether, how deep (codes 1-8), where, and whether fees are paid online. */
  public record Online(boolean online, List<String> depth, String url, Boolean payment) {
    public Online {
      depth = copy(depth);
    }
  }

  /** A step of the process with its share of the promised limit, in working days. */
  public record Step(String name, int days) {}

  /**
   * A required material.
   *
   * @param form {@code ORIGINAL}, {@code COPY}, {@code ORIGINAL_AND_COPY} or {@code ELECTRONIC}
   * @param source {@code APPLICANT}, {@code GOVERNMENT} or {@code OTHER}
   * @param necessity {@code REQUIRED}, {@code OPTIONAL} or {@code DEFERRABLE} (容缺)
   */
  public record Material(String name, String form, int copies, String source, String necessity) {}

  /** Whether this item takes applications (ex-officio items are published only). */
  public boolean takesApplications() {
    return itemType == null || !Codes.EX_OFFICIO_TYPES.contains(itemType);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}
