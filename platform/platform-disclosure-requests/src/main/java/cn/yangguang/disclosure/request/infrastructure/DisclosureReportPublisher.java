package cn.yangguang.disclosure.request.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.application.DocumentService;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentKind;
import cn.yangguang.disclosure.domain.Step;
import cn.yangguang.disclosure.request.application.ReportPublisher;
import cn.yangguang.disclosure.request.application.ReportText;
import cn.yangguang.disclosure.request.application.RequestActor;
import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * {@link ReportPublisher} over disclosure publishing: the report becomes a document of the county's
 * annual-report column (政府信息公开年报) in the agency's catalogue, written and submitted to
 * confidentiality review by the officer who publishes it; a reviewer approves it and an officer
 * publishes it as any other document.
 */
@ApplicationScoped
public class DisclosureReportPublisher implements ReportPublisher {

  /** The template column of annual reports (V10). */
  static final String COLUMN = "annual-report";

  @Inject DocumentService documents;
  @Inject DisclosureCatalogue catalogue;
  @Inject PlatformClock clock;

  @Override
  public UUID submit(TenantRef t, AnnualReport report, String title, RequestActor actor) {
    String agency =
        report.county()
            ? catalogue.agencies(t).stream()
                .filter(a -> !a.township())
                .findFirst()
                .map(DisclosureCatalogue.Agency::code)
                .orElseThrow()
            : report.agencyCode();
    String name =
        report.county()
            ? "本县"
            : catalogue.agency(t, agency).map(DisclosureCatalogue.Agency::nameZh).orElse(agency);
    String heading =
        title == null || title.isBlank() ? ReportText.title(name, report.year()) : title;
    try {
      var d =
          documents.create(
              t,
              new DocumentFields(
                  COLUMN,
                  agency,
                  heading,
                  ReportText.plain(report, name),
                  DocumentKind.OTHER,
                  null,
                  name,
                  "GENERAL",
                  catalogue.today(t)),
              actor.username(),
              actor.roles());
      return documents.take(t, d.id(), Step.SUBMIT, null, actor.username(), actor.roles()).id();
    } catch (DocumentService.Invalid e) {
      throw RequestRejected.invalid("report", "cannot be published: " + e.problems());
    }
  }
}
