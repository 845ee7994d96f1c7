package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.supervision.domain.CountyFigures;
import cn.yangguang.supervision.domain.FiguresRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The county's own figures, for its supervision console. */
@ApplicationScoped
public class SupervisionDashboard {

  @Inject TenantTransactions transactions;
  @Inject FiguresRepository figures;

  public CountyFigures figures(TenantRef t) {
    return transactions.call(t, figures::read);
  }
}
