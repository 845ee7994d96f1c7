package cn.yangguang.web.catalogue;

import cn.yangguang.catalogue.application.ImportReport;
import cn.yangguang.catalogue.application.ProvinceMasterCatalogue.MasterReport;
import cn.yangguang.catalogue.domain.RowProblem;
import cn.yangguang.web.view.Messages;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Import reports as the JSON API answers them: every problem keeps its row, column, English {@code
 * reason}, {@code code} and {@code args}, and gains {@code message}, the reason in the request's
 * language (zh-CN unless English is asked for), from the same bundles as the pages.
 */
final class ProblemReports {

  private ProblemReports() {}

  /** A problem with its localised message. */
  public record Problem(
      int row, String column, String reason, String code, List<String> args, String message) {}

  /** A county import's report. */
  public record CountyReport(
      UUID id,
      boolean applied,
      int rows,
      int created,
      int changed,
      int unchanged,
      List<Problem> problems) {}

  /** A master import's report. */
  public record ProvinceReport(
      boolean applied,
      int rows,
      int created,
      int changed,
      int retired,
      int unchanged,
      int counties,
      int followed,
      List<Problem> problems) {}

  static CountyReport of(ImportReport r, Locale locale) {
    return new CountyReport(
        r.id(),
        r.applied(),
        r.rows(),
        r.created(),
        r.changed(),
        r.unchanged(),
        localized(r.problems(), locale));
  }

  static ProvinceReport of(MasterReport r, Locale locale) {
    return new ProvinceReport(
        r.applied(),
        r.rows(),
        r.created(),
        r.changed(),
        r.retired(),
        r.unchanged(),
        r.counties(),
        r.followed(),
        localized(r.problems(), locale));
  }

  /** The problems with their messages; one without a message code keeps its English reason. */
  static List<Problem> localized(List<RowProblem> problems, Locale locale) {
    return problems.stream()
        .map(
            p -> {
              String m =
                  p.code() == null
                      ? null
                      : Messages.format("catalogue.problem." + p.code(), locale, p.args());
              return new Problem(
                  p.row(), p.column(), p.reason(), p.code(), p.args(), m == null ? p.reason() : m);
            })
        .toList();
  }
}
