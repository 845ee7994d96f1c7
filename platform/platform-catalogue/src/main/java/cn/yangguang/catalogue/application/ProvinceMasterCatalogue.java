package cn.yangguang.catalogue.application;

import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.catalogue.domain.CatalogueRules;
import cn.yangguang.catalogue.domain.CodeBook;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.MasterRepository;
import cn.yangguang.catalogue.domain.MasterRepository.MasterRow;
import cn.yangguang.catalogue.domain.RowProblem;
import cn.yangguang.catalogue.domain.RowReader;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A province's master catalogue (省级事项目录). Its admins (and platform operators) import it in the
 * exchange format, all or nothing: the rows are checked for the base fields first, then applied in
 * one audited transaction on the province's shared rows; afterwards every county of the province
 * follows the change ({@link MasterFollow}). Who may call is decided by the caller (the web layer
 * checks the province grant); this class is never reached by a county's staff.
 */
@ApplicationScoped
public class ProvinceMasterCatalogue {

  private static final Logger LOG = Logger.getLogger(ProvinceMasterCatalogue.class.getName());

  @Inject MasterRepository masters;
  @Inject CodeBooks codeBooks;
  @Inject TenantDirectory tenants;
  @Inject MasterFollow follow;
  @Inject PlatformClock clock;

  /**
   * What a master import did.
   *
   * @param counties the counties of the province that followed the change
   * @param followed the derived county items that changed with it
   */
  public record MasterReport(
      boolean applied,
      int rows,
      int created,
      int changed,
      int retired,
      int unchanged,
      int counties,
      int followed,
      List<RowProblem> problems) {}

  /** The published items of the province's master, by key. */
  public List<ServiceItem> published(String provinceCode) {
    return masters.published(provinceCode);
  }

  /**
   * Checks and applies a master file.
   *
   * @param actor an operator or an admin of this province (already checked)
   */
  public MasterReport importRows(
      String provinceCode, List<Map<Column, String>> rows, String fileName, String actor) {
    CodeBook book = codeBooks.ofProvince(provinceCode);
    List<RowProblem> problems = new ArrayList<>();
    List<ItemFields> fields = new ArrayList<>();
    List<MasterRow> stored = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      RowReader reader = new RowReader(rows.get(i), i + 2, book, problems);
      if (reader.blank()) {
        continue;
      }
      ItemFields f = reader.read();
      String status = reader.status();
      if (!"PUBLISHED".equals(status) && !"RETIRED".equals(status)) {
        problems.add(
            RowProblem.coded(
                i + 2,
                Column.STATUS,
                "masterStatus",
                "a master item is published (已发布) or retired (已废止)"));
      }
      if (reader.masterKey() != null) {
        problems.add(
            RowProblem.coded(
                i + 2, Column.MASTER_KEY, "masterOfMaster", "a master item derives from nothing"));
      }
      fields.add(f);
      stored.add(new MasterRow(f, status));
    }
    problems.addAll(CatalogueRules.checkMasterFile(fields));
    if (!problems.isEmpty()) {
      return new MasterReport(false, fields.size(), 0, 0, 0, 0, 0, 0, problems);
    }
    MasterRepository.Stored s = masters.store(provinceCode, stored, fileName, clock.now(), actor);
    int counties = 0;
    int followed = 0;
    for (ResolvedTenant t : tenants.all()) {
      if (!provinceCode.equals(t.ref().provinceCode())) {
        continue;
      }
      try {
        followed += follow.follow(t.ref(), actor);
        counties++;
      } catch (RuntimeException e) {
        // the master is stored; this county catches up at the next follow (start-up or its admin)
        LOG.log(Level.WARNING, "county " + t.ref().slug() + " did not follow the master", e);
      }
    }
    return new MasterReport(
        true,
        fields.size(),
        s.created().size(),
        s.changed().size(),
        s.retired().size(),
        s.unchanged(),
        counties,
        followed,
        List.of());
  }
}
