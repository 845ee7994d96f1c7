package cn.yangguang.catalogue.domain;

import cn.yangguang.catalogue.domain.ItemFields.Limit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes {@link ItemFields} as a row of the exchange format, codes as their Chinese labels, so that
 * {@link RowReader} reads it back to the same fields: an export re-imports unchanged.
 */
public final class RowWriter {

  private final CodeBook codes;

  public RowWriter(CodeBook codes) {
    this.codes = codes;
  }

  /** The row's cells (empty string for "not given"). */
  public Map<Column, String> write(ItemFields f, String status) {
    Map<Column, String> m = new EnumMap<>(Column.class);
    m.put(Column.KEY, f.key());
    m.put(Column.NAME, f.name());
    m.put(Column.ITEM_TYPE, label(Column.ITEM_TYPE, f.itemType()));
    m.put(Column.BASE_CODE, f.baseCode());
    m.put(Column.HANDLING_CODE, f.handlingCode());
    m.put(Column.HIERARCHY, label(Column.HIERARCHY, f.hierarchy()));
    m.put(Column.PARENT_KEY, f.parentKey());
    m.put(Column.HANDLING_KIND, label(Column.HANDLING_KIND, f.handlingKind()));
    m.put(Column.DEPARTMENT, f.departmentCode());
    m.put(Column.BODY_NATURE, label(Column.BODY_NATURE, f.bodyNature()));
    m.put(Column.ENTRUSTED_BY, f.entrustedBy());
    m.put(Column.POWER_SOURCE, label(Column.POWER_SOURCE, f.powerSource()));
    m.put(Column.EXERCISE_LEVELS, labels(Column.EXERCISE_LEVELS, f.exerciseLevels()));
    m.put(Column.LEGAL_BASIS, f.legalBasis());
    m.put(Column.SERVICE_OBJECTS, labels(Column.SERVICE_OBJECTS, f.serviceObjects()));
    m.put(Column.CONDITIONS, f.conditions());
    m.put(Column.CASE_KIND, label(Column.CASE_KIND, f.caseKind()));
    limit(m, f.statutory(), Column.STATUTORY_LIMIT, Column.STATUTORY_UNIT, Column.STATUTORY_NOTE);
    limit(m, f.promised(), Column.PROMISED_LIMIT, Column.PROMISED_UNIT, Column.PROMISED_NOTE);
    m.put(Column.CHARGED, yesNo(f.fee().charged()));
    m.put(Column.FEE_BASIS, f.fee().basis());
    m.put(Column.FEE_STANDARD, f.fee().standard());
    m.put(Column.HANDLING_FORMS, labels(Column.HANDLING_FORMS, f.handlingForms()));
    m.put(Column.SITE_VISITS, f.siteVisits() == null ? null : f.siteVisits().toString());
    m.put(Column.SITE_VISIT_REASON, f.siteVisitReason());
    m.put(Column.ONLINE, yesNo(f.online().online()));
    m.put(Column.ONLINE_DEPTH, String.join(Column.MULTI, f.online().depth()));
    m.put(Column.ONLINE_URL, f.online().url());
    m.put(Column.ONLINE_PAYMENT, yesNo(f.online().payment()));
    m.put(Column.POSTAL, yesNo(f.postal()));
    m.put(Column.APPOINTMENT, yesNo(f.appointment()));
    m.put(Column.SCOPE, label(Column.SCOPE, f.scope()));
    m.put(Column.JOINT_BODIES, f.jointBodies());
    m.put(Column.INTERMEDIARY, f.intermediary());
    m.put(Column.QUANTITY_LIMIT, f.quantityLimit());
    m.put(Column.PLACE, f.place());
    m.put(Column.HOURS, f.hours());
    m.put(Column.CONSULTATION, f.consultation());
    m.put(Column.COMPLAINT, f.complaint());
    m.put(Column.SPECIAL_PROCEDURES, f.specialProcedures());
    m.put(Column.RESULT_TYPE, label(Column.RESULT_TYPE, f.resultType()));
    m.put(Column.RESULT_NAME, f.resultName());
    m.put(Column.THEMES, labels(Column.THEMES, f.themes()));
    m.put(
        Column.STEPS,
        f.steps().stream()
            .map(s -> s.name() + "(" + s.days() + ")")
            .collect(Collectors.joining("→")));
    m.put(
        Column.MATERIALS,
        f.materials().stream()
            .map(
                x ->
                    String.join(
                        "|",
                        x.name(),
                        codes.label(Codes.MATERIAL_FORM, x.form()),
                        Integer.toString(x.copies()),
                        codes.label(Codes.MATERIAL_SOURCE, x.source()),
                        codes.label(Codes.NECESSITY, x.necessity())))
            .collect(Collectors.joining(Column.MULTI)));
    m.put(Column.STATUS, label(Column.STATUS, status));
    m.put(Column.SOURCE, f.synthetic() ? "合成" : "公开来源");
    m.replaceAll((k, v) -> v == null ? "" : v);
    return m;
  }

  private void limit(Map<Column, String> m, Limit l, Column amount, Column unit, Column note) {
    if (l != null) {
      m.put(amount, Integer.toString(l.amount()));
      m.put(unit, label(unit, l.unit()));
      m.put(note, l.note());
    }
  }

  private String label(Column c, String code) {
    return code == null ? null : codes.label(c.list(), code);
  }

  private String labels(Column c, List<String> values) {
    return values.stream()
        .map(v -> codes.label(c.list(), v))
        .collect(Collectors.joining(Column.MULTI));
  }

  private static String yesNo(Boolean b) {
    return b == null ? null : b ? "是" : "否";
  }
}
