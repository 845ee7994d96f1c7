package cn.yangguang.casework.infrastructure;

import cn.yangguang.casework.domain.SmsGateway;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.kernel.privacy.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * The development and test SMS gateway: instead of calling a carrier it records each message in
 * {@code yg.case_notification} (channel SMS, the number masked), where the console's notification
 * page shows it. A production deployment replaces this bean with the real gateway's adapter; the
 * contract test in platform-it checks what any gateway must do with a case's status changes.
 */
@ApplicationScoped
public class RecordingSmsGateway implements SmsGateway {

  @Inject ContainerResources resources;
  @Inject cn.yangguang.api.time.PlatformClock clock;

  @Override
  public void send(UUID tenantId, UUID caseId, String phone, String text) {
    Instant now = clock.now();
    new Sql(resources.appDataSource())
        .update(
            "INSERT INTO yg.case_notification (tenant_id, id, case_id, channel, recipient, text,"
                + " created_at) VALUES (?, ?, ?, 'SMS', ?, ?, ?)",
            tenantId,
            UUID.randomUUID(),
            caseId,
            PersonalData.maskPhone(phone),
            text,
            now);
  }
}
