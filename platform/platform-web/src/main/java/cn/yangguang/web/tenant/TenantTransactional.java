package cn.yangguang.web.tenant;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a resource method in a transaction of the request's tenant (through the one
 * tenant-transaction helper). The transaction commits when the method returns, before the response
 * is written, so a 2xx answer means the change is durable; an exception rolls it back before the
 * error is mapped.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantTransactional {}
