package cn.yangguang.disclosure.request.infrastructure;

import cn.yangguang.disclosure.application.DisclosureQueries;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.Validity;
import cn.yangguang.disclosure.request.domain.ProactiveSources;
import cn.yangguang.disclosure.request.domain.Table2;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Table 2's sources: the published documents through disclosure publishing's queries, and the
 * licensing decisions and fees read from casework's tables (cases of 行政许可 items, type 01) under the
 * county's row-level security. Casework knows nothing of this reader (ADR 0042).
 */
@ApplicationScoped
public class ProactiveSourcesAdapter implements ProactiveSources {

  @Inject DisclosureQueries documents;
  @Inject TenantTransactions transactions;
  @Inject ContainerResources resources;

  @Override
  public Table2.DocumentCounts documents(String agencyCode, String kind, int year) {
    var tenant = transactions.current().orElseThrow();
    List<DisclosureDocument> all =
        agencyCode == null
            ? documents.allPublished(tenant)
            : documents.ofAgency(tenant, agencyCode);
    Map<UUID, DisclosureDocument> byId =
        all.stream().collect(Collectors.toMap(DisclosureDocument::id, Function.identity()));
    LocalDate end = LocalDate.of(year, 12, 31);
    int issued = 0;
    int repealed = 0;
    int inForce = 0;
    for (DisclosureDocument d : all) {
      if (!kind.equals(d.fields().kind().name()) || d.fields().formedOn().isAfter(end)) {
        continue;
      }
      if (d.fields().formedOn().getYear() == year) {
        issued++;
      }
      LocalDate repealedOn =
          d.validity() == Validity.REPEALED && byId.containsKey(d.repealedBy())
              ? byId.get(d.repealedBy()).fields().formedOn()
              : null;
      if (repealedOn != null && repealedOn.getYear() == year) {
        repealed++;
      }
      if (repealedOn == null || repealedOn.isAfter(end)) {
        inForce++;
      }
    }
    return new Table2.DocumentCounts(issued, repealed, inForce);
  }

  @Override
  public int licensingDecisions(String agencyCode, int year) {
    return new Sql(resources.appDataSource())
        .one(
            "SELECT count(*) FROM yg.case_file c JOIN yg.catalogue_item i ON i.id ="
                + " c.item_version_id WHERE i.item_type = '01' AND c.status IN ('APPROVED',"
                + " 'REJECTED', 'COMPLETED') AND c.decided_at >= ? AND c.decided_at < ? AND"
                + " (?::varchar IS NULL OR c.department_code = ?)",
            rs -> rs.getInt(1),
            start(year),
            start(year + 1),
            agencyCode,
            agencyCode)
        .orElse(0);
  }

  /** The first instant of a year in the counties' zone (China has one). */
  private static java.time.Instant start(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant();
  }

  @Override
  public BigDecimal fees(String agencyCode, int year) {
    return new Sql(resources.appDataSource())
        .one(
            "SELECT COALESCE(sum(fee_charged), 0) FROM yg.case_file WHERE fee_charged IS NOT NULL"
                + " AND received_at >= ? AND received_at < ? AND (?::varchar IS NULL OR"
                + " department_code = ?)",
            rs -> rs.getBigDecimal(1),
            start(year),
            start(year + 1),
            agencyCode,
            agencyCode)
        .orElse(BigDecimal.ZERO);
  }
}
