package cn.yangguang.disclosure.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.disclosure.domain.ColumnRepository;
import cn.yangguang.disclosure.domain.ColumnTree;
import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentRepository;
import cn.yangguang.disclosure.domain.FieldProblem;
import cn.yangguang.disclosure.domain.IndexNumberRule;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.codelist.CodeListEntry;
import cn.yangguang.kernel.codelist.CodeListReader;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The frame documents are published in: a county's column tree, its agencies (departments and
 * townships: each has its disclosure catalogue, 公开目录), the subject classification, and the
 * index-number rule.
 */
@ApplicationScoped
public class DisclosureCatalogue {

  /** The code list of subject classifications (主题分类). */
  public static final String SUBJECTS = "disclosure.subject";

  @Inject TenantTransactions transactions;
  @Inject ColumnRepository columns;
  @Inject DocumentRepository documents;
  @Inject TenantStructureService structures;
  @Inject TenantDirectory directory;
  @Inject CodeListReader codeLists;
  @Inject PlatformClock clock;
  @Inject AuditTrail audit;

  /**
   * An agency with a disclosure catalogue.
   *
   * @param bodyCode its unified social credit code, else its code (the index number's body code)
   * @param township whether it is a township (乡镇/街道) rather than a county department
   */
  public record Agency(
      String code, String nameZh, String nameEn, String bodyCode, boolean township) {

    /** The name in a language. */
    public String name(String language) {
      return "en".equals(language) && nameEn != null ? nameEn : nameZh;
    }
  }

  /** The county's columns: its province's template with its own rows laid over it. */
  public ColumnTree columns(TenantRef tenant) {
    return transactions.call(tenant, () -> ColumnTree.of(columns.template(), columns.county()));
  }

  /**
   * Customises one of the county's columns (rename, move, hide a template column, or add one),
   * audited. The parent must be a visible column of the county and the code must not be its own
   * ancestor.
   *
   * @throws DocumentService.Invalid naming the fields at fault; nothing changed
   */
  public ColumnTree customise(TenantRef tenant, DisclosureColumn column, String actor) {
    return transactions.call(
        tenant,
        () -> {
          ColumnTree before = ColumnTree.of(columns.template(), columns.county());
          List<FieldProblem> problems = new ArrayList<>();
          if (column.code() == null || !column.code().matches("[a-z][a-z0-9-]{0,39}")) {
            problems.add(new FieldProblem("code", "lower-case letters, digits and -, 1-40"));
          }
          if (column.nameZh() == null
              || column.nameZh().isBlank()
              || column.nameZh().length() > 100) {
            problems.add(new FieldProblem("nameZh", "required, at most 100 characters"));
          }
          if (column.kind() == null) {
            problems.add(new FieldProblem("kind", "required"));
          }
          if (column.parentCode() != null
              && (before.find(column.parentCode()).isEmpty()
                  || before.withDescendants(column.code()).contains(column.parentCode()))) {
            problems.add(
                new FieldProblem("parent", "not a visible column outside " + column.code()));
          }
          if (!problems.isEmpty()) {
            throw new DocumentService.Invalid(problems);
          }
          columns.saveCounty(column);
          audit.record(
              tenant,
              actor,
              null,
              "disclosure-column",
              column.code(),
              "disclosure.column.customise",
              jakarta.json.Json.createObjectBuilder()
                  .add("parent", String.valueOf(column.parentCode()))
                  .add("name", column.nameZh())
                  .add("hidden", column.hidden())
                  .build()
                  .toString());
          return ColumnTree.of(columns.template(), columns.county());
        });
  }

  /** The county's departments, then its townships. */
  public List<Agency> agencies(TenantRef tenant) {
    TenantStructure s = structures.structure(tenant);
    List<Agency> out = new ArrayList<>();
    for (TenantStructure.DepartmentView d : s.departments()) {
      String body = d.creditCode() == null || d.creditCode().isBlank() ? d.code() : d.creditCode();
      out.add(new Agency(d.code(), d.nameZh(), d.nameEn(), body, false));
    }
    for (TenantStructure.TownshipView t : s.townships()) {
      String body = t.divisionCode() == null ? t.code() : t.divisionCode();
      out.add(new Agency(t.code(), t.nameZh(), t.nameEn(), body, true));
    }
    return out;
  }

  /** One agency by code. */
  public Optional<Agency> agency(TenantRef tenant, String code) {
    return agencies(tenant).stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The subject classification (national entries and the province's). */
  public List<CodeListEntry> subjects(TenantRef tenant) {
    return codeLists.entries(tenant, SUBJECTS);
  }

  /** What is wrong with a document's fields in this county, field by field. */
  public List<FieldProblem> problems(TenantRef tenant, DocumentFields fields) {
    List<FieldProblem> out = new ArrayList<>(fields.problems(today(tenant)));
    if (fields.columnCode() != null
        && !fields.columnCode().isBlank()
        && columns(tenant).find(fields.columnCode()).isEmpty()) {
      out.add(new FieldProblem("column", "no column " + fields.columnCode() + " in this county"));
    }
    if (fields.agencyCode() != null
        && !fields.agencyCode().isBlank()
        && agency(tenant, fields.agencyCode()).isEmpty()) {
      out.add(new FieldProblem("agency", "no department or township " + fields.agencyCode()));
    }
    if (fields.subject() != null
        && !fields.subject().isBlank()
        && subjects(tenant).stream().noneMatch(e -> e.code().equals(fields.subject()))) {
      out.add(new FieldProblem("subject", "unknown subject classification " + fields.subject()));
    }
    return out;
  }

  /**
   * The next index number of an agency for a formation date, by the county's rule. Takes a number
   * of the sequence: call inside the transaction that stores the document.
   */
  public String indexNumber(TenantRef tenant, String agencyCode, LocalDate formedOn) {
    transactions.requireCurrent(tenant, "taking an index number");
    Agency agency =
        agency(tenant, agencyCode)
            .orElseThrow(() -> new IllegalArgumentException("no agency " + agencyCode));
    IndexNumberRule rule =
        IndexNumberRule.of(documents.indexRule().orElse(IndexNumberRule.DEFAULT));
    int seq = documents.nextSequence(agencyCode, formedOn.getYear());
    String division = directory.bySlug(tenant.slug()).map(t -> t.facts().divisionCode()).orElse("");
    return rule.format(agency.bodyCode(), agency.code(), division, formedOn.getYear(), seq);
  }

  /** The county's time zone. */
  public ZoneId zone(TenantRef tenant) {
    return directory
        .bySlug(tenant.slug())
        .map(ResolvedTenant::zone)
        .orElse(ZoneId.of("Asia/Shanghai"));
  }

  /** Today in the county. */
  public LocalDate today(TenantRef tenant) {
    return LocalDate.ofInstant(clock.now(), zone(tenant));
  }
}
