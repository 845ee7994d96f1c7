package cn.yangguang.disclosure.request.infrastructure;

import cn.yangguang.disclosure.request.domain.ApplicantNotifier;
import cn.yangguang.disclosure.request.domain.Row;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.kernel.privacy.PersonalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@link ApplicantNotifier} that records every message in {@code
 * yg.disclosure_request_notification} in the caller's transaction: the SMS rows are the development
 * outbox (number masked; a production gateway replaces this adapter's SMS half), the in-app rows
 * are what the portal shows.
 */
@ApplicationScoped
public class RecordingApplicantNotifier implements ApplicantNotifier {

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public void notify(Row.Received r, String text, Instant at) {
    insert(r, "SMS", PersonalData.maskPhone(r.applicant().phone()), text, at);
    if (r.applicantUserId() != null) {
      insert(r, "INAPP", r.applicantUserId().toString(), text, at);
    }
  }

  @Override
  public List<Message> messages(UUID requestId) {
    return sql()
        .list(
            "SELECT channel, recipient, text, created_at FROM yg.disclosure_request_notification"
                + " WHERE request_id = ? ORDER BY created_at, channel",
            rs ->
                new Message(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    Sql.instant(rs, "created_at")),
            requestId);
  }

  private void insert(Row.Received r, String channel, String recipient, String text, Instant at) {
    sql()
        .update(
            "INSERT INTO yg.disclosure_request_notification (tenant_id, id, request_id, channel,"
                + " recipient, text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            r.tenantId(),
            UUID.randomUUID(),
            r.id(),
            channel,
            recipient,
            text,
            at);
  }
}
