package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.DecisionRepository;
import cn.yangguang.disclosure.request.domain.ExOfficioDecision;
import cn.yangguang.disclosure.request.domain.Narrative;
import cn.yangguang.disclosure.request.domain.ProactiveSources;
import cn.yangguang.disclosure.request.domain.ReportRepository;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.disclosure.request.domain.RequestRepository;
import cn.yangguang.disclosure.request.domain.Table2;
import cn.yangguang.disclosure.request.domain.Table3;
import cn.yangguang.disclosure.request.domain.Table4;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The statutory annual report of an agency, or of the county ({@link AnnualReport#COUNTY}), for a
 * year (ADR 0042). A draft's tables are generated from the data whenever it is read; officers write
 * the narrative parts and Table 4; publishing checks Table 3, freezes the tables (next year's 二
 * reads this 四) and puts the report in the county's 政府信息公开年报 column through disclosure publishing's
 * confidentiality review.
 */
@ApplicationScoped
public class AnnualReports {

  @Inject TenantTransactions transactions;
  @Inject RequestRepository requests;
  @Inject ReportRepository reports;
  @Inject DecisionRepository decisions;
  @Inject ProactiveSources sources;
  @Inject ReportPublisher publisher;
  @Inject AuditTrail audit;
  @Inject PlatformClock clock;
  @Inject RequestClocks clocks;
  @Inject cn.yangguang.disclosure.application.DisclosureCatalogue catalogue;

  /** A report as the reader may see it (404 for another agency's, unless county-wide). */
  public AnnualReport report(TenantRef t, RequestActor reader, String agency, int year) {
    requireAgency(t, agency);
    requireRead(reader, agency);
    return generate(t, agency, year);
  }

  /** A published report, for the portal (empty while a draft). */
  public java.util.Optional<AnnualReport> published(TenantRef t, String agency, int year) {
    return transactions.call(
        t,
        () ->
            reports
                .find(agency, year)
                .filter(s -> s.status() == AnnualReport.Status.PUBLISHED)
                .map(ReportRepository.Stored::frozen));
  }

  /** Every published report of the county, newest year first (the portal's list). */
  public java.util.List<AnnualReport> publishedAll(TenantRef t) {
    return transactions.call(
        t, () -> reports.published().stream().map(ReportRepository.Stored::frozen).toList());
  }

  /** Saves what officers wrote; a published report no longer changes. */
  public AnnualReport saveDraft(
      TenantRef t, RequestActor a, String agency, int year, Narrative n, Table4 t4) {
    requireAgency(t, agency);
    requireAct(a, agency);
    transactions.run(
        t,
        () -> {
          var stored = reports.find(agency, year);
          if (stored.isPresent() && stored.get().status() == AnnualReport.Status.PUBLISHED) {
            throw RequestRejected.conflict("status", "the " + year + " report is published");
          }
          reports.saveDraft(agency, year, n, t4, a.username(), clock.now());
          audit.record(
              t,
              a.username(),
              RequestActor.OFFICER,
              "disclosure-report",
              agency + "/" + year,
              "disclosure.report.save",
              Json.createObjectBuilder()
                  .add("agency", agency)
                  .add("year", year)
                  .build()
                  .toString());
        });
    return generate(t, agency, year);
  }

  /**
   * Publishes a finished year's report: refused while 一 + 二 ≠ 三(七) + 四 in any column (the data must
   * be corrected first); the tables are frozen and the report goes to confidentiality review in the
   * annual-report column.
   */
  public AnnualReport publish(TenantRef t, RequestActor a, String agency, int year, String title) {
    requireAgency(t, agency);
    requireAct(a, agency);
    LocalDate today = clock.today(clocks.zone(t));
    if (!today.isAfter(LocalDate.of(year, 12, 31))) {
      throw RequestRejected.conflict(
          "year", "the " + year + " report is published after the year ends");
    }
    return transactions.call(
        t,
        () -> {
          AnnualReport r = generate(t, agency, year);
          if (r.status() == AnnualReport.Status.PUBLISHED) {
            throw RequestRejected.conflict(
                "status", "the " + year + " report is already published");
          }
          if (!r.table3().balanced()) {
            throw RequestRejected.conflict(
                "table3",
                "一 + 二 differs from 三(七) + 四 in "
                    + r.table3().unbalancedColumns()
                    + "; correct the requests first");
          }
          UUID document = publisher.submit(t, r, title, a);
          AnnualReport frozen =
              new AnnualReport(
                  agency,
                  year,
                  r.table2(),
                  r.table3(),
                  r.table4(),
                  r.narrative(),
                  AnnualReport.Status.PUBLISHED,
                  clock.now(),
                  document);
          reports.publish(frozen, document, a.username(), clock.now());
          audit.record(
              t,
              a.username(),
              RequestActor.OFFICER,
              "disclosure-report",
              agency + "/" + year,
              "disclosure.report.publish",
              Json.createObjectBuilder()
                  .add("agency", agency)
                  .add("year", year)
                  .add("document", document.toString())
                  .add("received", r.table3().received().total())
                  .add("carriedOut", r.table3().carriedOut().total())
                  .build()
                  .toString());
          return frozen;
        });
  }

  /** Generates the report from the data (or returns it frozen when published). */
  AnnualReport generate(TenantRef t, String agency, int year) {
    return transactions.call(
        t,
        () -> {
          var stored = reports.find(agency, year);
          if (stored.isPresent() && stored.get().status() == AnnualReport.Status.PUBLISHED) {
            return stored.get().frozen();
          }
          String scope = AnnualReport.COUNTY.equals(agency) ? null : agency;
          Table3.Counts lastYear =
              reports
                  .find(agency, year - 1)
                  .filter(s -> s.status() == AnnualReport.Status.PUBLISHED)
                  .map(s -> s.frozen().table3().carriedOut())
                  .orElse(null);
          Table3 t3 = Table3.count(year, requests.reportFacts(scope, year), lastYear);
          Table4 t4 =
              scope == null
                  ? reports.agencyTable4s(year).stream().reduce(Table4.empty(), Table4::plus)
                  : stored.map(ReportRepository.Stored::table4).orElse(Table4.empty());
          return new AnnualReport(
              agency,
              year,
              table2(scope, year),
              t3,
              t4,
              stored.map(ReportRepository.Stored::narrative).orElse(Narrative.empty()),
              AnnualReport.Status.DRAFT,
              null,
              null);
        });
  }

  private Table2 table2(String agency, int year) {
    return new Table2(
        sources.documents(agency, "RULE", year),
        sources.documents(agency, "NORMATIVE", year),
        sources.licensingDecisions(agency, year),
        decisions.count(agency, ExOfficioDecision.Kind.PENALTY, year),
        decisions.count(agency, ExOfficioDecision.Kind.ENFORCEMENT, year),
        sources.fees(agency, year).divide(BigDecimal.valueOf(10_000), 4, RoundingMode.HALF_UP));
  }

  /** An agency of this county, or the county itself; anything else is unknown here (404). */
  private void requireAgency(TenantRef t, String agency) {
    if (!AnnualReport.COUNTY.equals(agency) && catalogue.agency(t, agency).isEmpty()) {
      throw new RequestNotFoundException("no agency " + agency + " in this county");
    }
  }

  private static void requireRead(RequestActor a, String agency) {
    boolean ok = AnnualReport.COUNTY.equals(agency) ? a.countyWide() : a.mayRead(agency);
    if (!ok) {
      throw new RequestNotFoundException("no report of " + agency + " for you");
    }
  }

  private static void requireAct(RequestActor a, String agency) {
    requireRead(a, agency);
    if (!a.roles().contains(RequestActor.OFFICER)) {
      throw RequestRejected.conflict("role", "only a disclosure officer writes the report");
    }
  }
}
