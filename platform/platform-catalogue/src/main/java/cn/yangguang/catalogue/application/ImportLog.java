package cn.yangguang.catalogue.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.domain.RowProblem;
import java.util.List;
import java.util.UUID;

/**
 * The record of imports ({@code yg.catalogue_import}): written in transactions of their own, so a
 * rejected or failed import still leaves its report.
 */
public interface ImportLog {

  /** Records a started import; returns its id. */
  UUID started(TenantRef tenant, String fileName, int rows, String actor);

  /** Records a rejection with its problems. */
  void rejected(TenantRef tenant, UUID id, List<RowProblem> problems);

  /** Records a successful application. */
  void applied(TenantRef tenant, UUID id, int rows);
}
