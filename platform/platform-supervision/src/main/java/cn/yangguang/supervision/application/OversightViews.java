package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.supervision.domain.CountyFigures;
import cn.yangguang.supervision.domain.FiguresRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What prefecture and province admins see (ADR 0052): their counties' figures side by side, ranked,
 * each read in that county's own transaction and recorded in that county's audit trail, so a county
 * sees who looked at it. The caller decides who may see which counties (the kernel's oversight
 * grants); this service trusts the list it is given.
 */
@ApplicationScoped
public class OversightViews {

  @Inject TenantTransactions transactions;
  @Inject FiguresRepository figures;
  @Inject AuditTrail audit;

  /** One county in a comparison. */
  public record CountyRow(
      String slug, String name, String prefectureName, CountyFigures figures, int rank) {}

  /**
   * The counties' figures, ranked (fewest overdue cases, then fewest open violations, then best
   * satisfaction), each access audited in its county.
   *
   * @param scope what the admin looked at, e.g. {@code PROVINCE:420000}
   */
  public List<CountyRow> compare(List<ResolvedTenant> counties, String actor, String scope) {
    List<CountyRow> rows = new ArrayList<>();
    for (ResolvedTenant c : counties) {
      rows.add(
          new CountyRow(
              c.ref().slug(),
              c.facts().nameZh(),
              c.facts().prefectureNameZh(),
              read(c.ref(), actor, "oversight.compare", scope),
              0));
    }
    List<CountyRow> ranked =
        rows.stream()
            .sorted(
                Comparator.comparingInt((CountyRow r) -> r.figures().overdueCases())
                    .thenComparingInt(r -> r.figures().openViolations())
                    .thenComparing(
                        r -> r.figures().satisfaction() == null ? 0 : -r.figures().satisfaction()))
            .toList();
    List<CountyRow> out = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      CountyRow r = ranked.get(i);
      out.add(new CountyRow(r.slug(), r.name(), r.prefectureName(), r.figures(), i + 1));
    }
    return out;
  }

  /** One county's figures for a drill-down, audited in that county. */
  public CountyFigures drill(TenantRef county, String actor, String scope) {
    return read(county, actor, "oversight.drill", scope);
  }

  /** Records a read-only look into a county's console by an oversight admin. */
  public void recordLook(TenantRef county, String actor, String scope, String what) {
    transactions.run(
        county,
        () ->
            audit.record(
                county,
                actor,
                "oversight",
                "supervision",
                null,
                "oversight.view",
                Json.createObjectBuilder()
                    .add("scope", scope)
                    .add("page", what)
                    .build()
                    .toString()));
  }

  private CountyFigures read(TenantRef county, String actor, String action, String scope) {
    return transactions.call(
        county,
        () -> {
          audit.record(
              county,
              actor,
              "oversight",
              "supervision",
              null,
              action,
              Json.createObjectBuilder().add("scope", scope).build().toString());
          return figures.read();
        });
  }
}
