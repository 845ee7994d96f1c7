package cn.yangguang.disclosure.request.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.request.domain.AnnualReport;
import java.util.UUID;

/**
 * Puts a report in the county's annual-report column (政府信息公开年报) as a disclosure document sent to
 * confidentiality review; returns the document's id. Implemented over disclosure publishing.
 */
public interface ReportPublisher {

  UUID submit(TenantRef t, AnnualReport report, String title, RequestActor actor);
}
