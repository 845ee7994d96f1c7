package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.supervision.domain.MonthFacts;
import cn.yangguang.supervision.domain.PerformanceCalculator;
import cn.yangguang.supervision.domain.PerformanceRepository;
import cn.yangguang.supervision.domain.PerformanceRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The monthly performance report (月通报, ADR 0051) of a county: per department, per window and per
 * township convenience centre, with rates, scores and ranks, and the three best and three worst
 * departments (三最佳、三最差) as 平昌's notice names them.
 */
@ApplicationScoped
public class Performance {

  /** Departments of this kind are township convenience centres (便民服务中心). */
  static final String TOWNSHIP_CENTRE = "CENTRE";

  @Inject TenantTransactions transactions;
  @Inject PerformanceRepository repository;
  @Inject TenantStructureService structure;

  /** A month's report. */
  public record MonthlyReport(
      String month,
      List<PerformanceRow> departments,
      List<PerformanceRow> windows,
      List<PerformanceRow> townships,
      List<PerformanceRow> best,
      List<PerformanceRow> worst) {}

  /** The report of {@code month}, its boundaries in the county's time zone. */
  public MonthlyReport month(TenantRef t, YearMonth month, ZoneId zone) {
    Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
    Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    MonthFacts facts = transactions.call(t, () -> repository.facts(from, to));
    TenantStructure s = structure.structure(t);
    Map<String, String> names = new HashMap<>();
    s.departments().forEach(d -> names.put(d.code(), d.nameZh()));
    Map<String, String> windows = new HashMap<>();
    s.departments()
        .forEach(
            d -> d.posts().forEach(p -> windows.put(p.code(), d.nameZh() + " · " + p.nameZh())));
    Set<String> centres =
        s.departments().stream()
            .filter(d -> TOWNSHIP_CENTRE.equals(d.kind()))
            .map(TenantStructure.DepartmentView::code)
            .collect(Collectors.toSet());
    List<PerformanceRow> departments = PerformanceCalculator.byDepartment(facts, names);
    List<PerformanceRow> townships =
        PerformanceCalculator.rank(
            departments.stream().filter(r -> centres.contains(r.unit())).toList());
    List<PerformanceRow> best = departments.stream().limit(3).toList();
    List<PerformanceRow> worst =
        departments.size() <= 3
            ? List.of()
            : departments.subList(Math.max(3, departments.size() - 3), departments.size());
    return new MonthlyReport(
        month.toString(),
        departments,
        PerformanceCalculator.byWindow(facts, windows),
        townships,
        best,
        worst);
  }
}
