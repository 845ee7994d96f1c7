package cn.yangguang.web.tenant;

import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** The implementation of {@link TenantTransactional}. */
@TenantTransactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class TenantTransactionalInterceptor {

  @Inject TenantContext context;
  @Inject TenantTransactions transactions;

  @AroundInvoke
  Object inTenantTransaction(InvocationContext invocation) throws Exception {
    return transactions.call(context.require().ref(), invocation::proceed);
  }
}
