package cn.yangguang.web.portal;

import cn.yangguang.catalogue.domain.Codes;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ServiceItem;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * One item's guide (办事指南) as its page shows it: every public field of the published version, codes
 * turned into labels of the page's language, limits with their units, and the online address only
 * when it is a plain http(s) link. Absent values are null (the page leaves their rows out); lists
 * are never null.
 *
 * @param publishedOn the date of publication in the county's time zone (ISO), or null
 * @param takesApplications false for ex-officio items (published only, nobody applies)
 * @param legalBasis the legal bases, one per law or article
 * @param statutory the statutory limit, e.g. {@code 20 个工作日}, or null
 * @param promised the promised limit, or null
 * @param onlineUrl the online address when it is a safe http(s) link, else null
 * @param onlineUrlText the online address as given, when it is not a safe link, else null
 * @param stepDays the sum of the steps' working days (0 without steps)
 * @param synthetic whether the values are synthetic (合成), not from a public source
 */
public record ServiceGuide(
    String key,
    String name,
    int version,
    String publishedOn,
    String itemType,
    boolean takesApplications,
    String baseCode,
    String handlingCode,
    String hierarchy,
    String parentKey,
    String handlingKind,
    String department,
    String bodyNature,
    String entrustedBy,
    String powerSource,
    String exerciseLevels,
    List<String> legalBasis,
    String serviceObjects,
    String themes,
    String conditions,
    String caseKind,
    Limit statutory,
    Limit promised,
    boolean charged,
    String feeBasis,
    String feeStandard,
    String handlingForms,
    Integer siteVisits,
    String siteVisitReason,
    boolean online,
    String onlineDepth,
    String onlineUrl,
    String onlineUrlText,
    Boolean onlinePayment,
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
    List<Step> steps,
    int stepDays,
    List<Material> materials,
    boolean synthetic) {

  public ServiceGuide {
    legalBasis = List.copyOf(legalBasis);
    steps = List.copyOf(steps);
    materials = List.copyOf(materials);
  }

  /**
   * A time limit as shown.
   *
   * @param text amount and unit, e.g. {@code 20 个工作日} or {@code 20 working days}
   * @param note the limit's note, or null
   */
  public record Limit(String text, String note) {}

  /** A step of the process with its working days, as shown. */
  public record Step(String name, int days, String daysText) {}

  /** A required material as shown (labels of the page's language). */
  public record Material(
      String name, String form, int copies, String source, String necessity, boolean required) {}

  /** The guide of a published version. */
  static ServiceGuide of(ServiceItem item, CodeLabels labels, ZoneId zone) {
    ItemFields f = item.fields();
    List<Step> steps =
        f.steps().stream()
            .map(
                s ->
                    new Step(
                        s.name(),
                        s.days(),
                        amount(
                            s.days(), labels.label(Codes.TIME_UNIT, Codes.WORKING_DAYS), labels)))
            .toList();
    List<Material> materials =
        f.materials().stream()
            .map(
                m ->
                    new Material(
                        m.name(),
                        labels.label(Codes.MATERIAL_FORM, m.form()),
                        m.copies(),
                        labels.label(Codes.MATERIAL_SOURCE, m.source()),
                        labels.label(Codes.NECESSITY, m.necessity()),
                        "REQUIRED".equals(m.necessity())))
            .toList();
    String url = f.online().url();
    String safeUrl = safeLink(url);
    return new ServiceGuide(
        f.key(),
        f.name(),
        item.version(),
        item.publishedAt() == null
            ? null
            : item.publishedAt().atZone(zone).toLocalDate().toString(),
        labels.label(Codes.ITEM_TYPE, f.itemType()),
        f.takesApplications(),
        blankToNull(f.baseCode()),
        blankToNull(f.handlingCode()),
        labels.label(Codes.HIERARCHY, f.hierarchy()),
        blankToNull(f.parentKey()),
        labels.label(Codes.HANDLING_KIND, f.handlingKind()),
        labels.department(f.departmentCode()),
        labels.label(Codes.BODY_NATURE, f.bodyNature()),
        blankToNull(f.entrustedBy()),
        labels.label(Codes.POWER_SOURCE, f.powerSource()),
        labels.labels(Codes.EXERCISE_LEVEL, f.exerciseLevels()),
        split(f.legalBasis()),
        labels.labels(Codes.SERVICE_OBJECT, f.serviceObjects()),
        labels.labels(Codes.THEME, f.themes()),
        blankToNull(f.conditions()),
        labels.label(Codes.CASE_KIND, f.caseKind()),
        limit(f.statutory(), labels),
        limit(f.promised(), labels),
        f.fee().charged(),
        blankToNull(f.fee().basis()),
        blankToNull(f.fee().standard()),
        labels.labels(Codes.HANDLING_FORM, f.handlingForms()),
        f.siteVisits(),
        blankToNull(f.siteVisitReason()),
        f.online().online(),
        labels.labels(Codes.ONLINE_DEPTH, f.online().depth()),
        safeUrl,
        safeUrl == null ? blankToNull(url) : null,
        f.online().payment(),
        f.postal(),
        f.appointment(),
        labels.label(Codes.SCOPE, f.scope()),
        blankToNull(f.jointBodies()),
        blankToNull(f.intermediary()),
        blankToNull(f.quantityLimit()),
        blankToNull(f.place()),
        blankToNull(f.hours()),
        blankToNull(f.consultation()),
        blankToNull(f.complaint()),
        blankToNull(f.specialProcedures()),
        labels.label(Codes.RESULT_TYPE, f.resultType()),
        blankToNull(f.resultName()),
        steps,
        f.steps().stream().mapToInt(ItemFields.Step::days).sum(),
        materials,
        f.synthetic());
  }

  /** A limit as shown, or null. */
  static Limit limit(ItemFields.Limit limit, CodeLabels labels) {
    if (limit == null) {
      return null;
    }
    return new Limit(
        amount(limit.amount(), labels.label(Codes.TIME_UNIT, limit.unit()), labels),
        blankToNull(limit.note()));
  }

  /**
   * {@code 20 个工作日} in Chinese, {@code 20 working days} in English; a limit of 0 says it is handled
   * on the spot.
   */
  static String amount(int amount, String unitLabel, CodeLabels labels) {
    String text;
    if (unitLabel == null) {
      text = Integer.toString(amount);
    } else if (labels.english()) {
      text = amount + " " + unitLabel.toLowerCase(Locale.ENGLISH);
    } else {
      text = amount + " 个" + unitLabel;
    }
    if (amount == 0) {
      text += labels.english() ? " (on the spot)" : "（当场办结）";
    }
    return text;
  }

  /**
   * The address when it is an absolute http or https URL with a host (so a page never links to a
   * {@code javascript:} or {@code data:} address taken from an imported file); else null.
   */
  static String safeLink(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return u.toString();
      }
    } catch (java.net.URISyntaxException e) {
      return null;
    }
    return null;
  }

  /** A multi-valued text cell split at {@link Column#MULTI}, blanks dropped. */
  static List<String> split(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(text.split(Column.MULTI))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
