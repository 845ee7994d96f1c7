package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.request.domain.DecisionRepository;
import cn.yangguang.disclosure.request.domain.ExOfficioDecision;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Ex-officio decisions (行政处罚, 行政强制) for Table 2: a department's officer enters them one by one or
 * imports a CSV ({@code kind,reference,decidedOn,summary}); an import is all or nothing, and a
 * reference already recorded is skipped, so importing the same file twice adds nothing.
 */
@ApplicationScoped
public class ExOfficioDecisions {

  @Inject TenantTransactions transactions;
  @Inject DecisionRepository decisions;
  @Inject DisclosureCatalogue catalogue;
  @Inject AuditTrail audit;

  /** What an import did. */
  public record Imported(int added, int skipped) {}

  /** Records one decision; false when its reference is already recorded. */
  public boolean add(TenantRef t, RequestActor a, ExOfficioDecision d) {
    return importAll(t, a, d.agencyCode(), List.of(d)).added() == 1;
  }

  /**
   * Imports a CSV for an agency.
   *
   * @throws RequestRejected naming the line and column of the first problem; nothing is stored
   */
  public Imported importCsv(TenantRef t, RequestActor a, String agency, Reader csv) {
    List<ExOfficioDecision> rows = new ArrayList<>();
    try {
      var parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(true)
              .build()
              .parse(csv);
      for (CSVRecord r : parser) {
        String line = "line " + (r.getRecordNumber() + 1);
        try {
          rows.add(
              new ExOfficioDecision(
                  UUID.randomUUID(),
                  agency,
                  kind(r.isMapped("kind") ? r.get("kind") : null),
                  r.isMapped("reference") ? r.get("reference") : null,
                  LocalDate.parse(r.isMapped("decidedOn") ? r.get("decidedOn") : ""),
                  r.isMapped("summary") ? r.get("summary") : null));
        } catch (DateTimeParseException e) {
          throw RequestRejected.invalid(line + ".decidedOn", "is not a date (YYYY-MM-DD)");
        } catch (RequestRejected e) {
          throw RequestRejected.invalid(line + "." + e.field(), e.getMessage());
        }
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw RequestRejected.invalid("file", "is not a CSV with kind,reference,decidedOn,summary");
    }
    if (rows.isEmpty()) {
      throw RequestRejected.invalid("file", "has no decisions");
    }
    return importAll(t, a, agency, rows);
  }

  /** The agency's decisions of a year. */
  public List<ExOfficioDecision> ofAgency(TenantRef t, RequestActor a, String agency, int year) {
    if (!a.mayRead(agency)) {
      throw new RequestNotFoundException("no agency " + agency + " of yours");
    }
    return transactions.call(t, () -> decisions.ofAgency(agency, year));
  }

  private Imported importAll(
      TenantRef t, RequestActor a, String agency, List<ExOfficioDecision> rows) {
    if (agency == null || catalogue.agency(t, agency).isEmpty()) {
      throw RequestRejected.invalid("agencyCode", "is not an agency of this county");
    }
    a.requireAct(agency);
    return transactions.call(
        t,
        () -> {
          int added = 0;
          for (ExOfficioDecision d : rows) {
            if (decisions.add(d, a.username())) {
              added++;
            }
          }
          audit.record(
              t,
              a.username(),
              RequestActor.OFFICER,
              "disclosure-decisions",
              agency,
              "disclosure.decisions.import",
              Json.createObjectBuilder()
                  .add("agency", agency)
                  .add("added", added)
                  .add("skipped", rows.size() - added)
                  .build()
                  .toString());
          return new Imported(added, rows.size() - added);
        });
  }

  private static ExOfficioDecision.Kind kind(String s) {
    try {
      return s == null ? null : ExOfficioDecision.Kind.valueOf(s.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw RequestRejected.invalid("kind", "is PENALTY or ENFORCEMENT");
    }
  }
}
