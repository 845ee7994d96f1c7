package cn.yangguang.casework.application;

import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.SmsGateway;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * Tells the applicant about every status change: an SMS through the {@link SmsGateway} port and,
 * for an applicant who applied signed in, an in-app message on "my applications". Texts come from
 * the {@code casework/notices} bundle (zh-CN, English). Runs inside the change's transaction.
 */
@ApplicationScoped
public class CaseNotices {

  @Inject SmsGateway sms;
  @Inject ContainerResources resources;
  @Inject PlatformClock clock;

  /**
   * Sends the notice of {@code kind} ({@code received}, {@code accepted}, ...).
   *
   * @param detail the query code or the reason, where the text has one
   */
  public void send(CaseFile c, String kind, String detail) {
    String text = text(kind, Locale.SIMPLIFIED_CHINESE, c.itemName(), c.number(), detail);
    sms.send(c.tenantId(), c.id(), c.applicant().phone(), text);
    if (c.applicantUserId() != null) {
      // the query code stays out of the in-app copy: the signed-in applicant does not need it
      String inApp =
          text(
              kind,
              Locale.SIMPLIFIED_CHINESE,
              c.itemName(),
              c.number(),
              "received".equals(kind) ? "—" : detail);
      try (Connection conn = resources.appDataSource().getConnection();
          PreparedStatement ps =
              conn.prepareStatement(
                  "INSERT INTO yg.case_notification (tenant_id, id, case_id, channel, recipient,"
                      + " text, created_at) VALUES (?, ?, ?, 'INAPP', ?, ?, ?)")) {
        ps.setObject(1, c.tenantId());
        ps.setObject(2, UUID.randomUUID());
        ps.setObject(3, c.id());
        ps.setString(4, c.applicantUserId().toString());
        ps.setString(5, inApp);
        ps.setTimestamp(6, Timestamp.from(clock.now()));
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException("in-app message not recorded: " + e.getMessage(), e);
      }
    }
  }

  /** The notice text of {@code kind} in {@code locale}. */
  public static String text(String kind, Locale locale, Object... args) {
    ResourceBundle b =
        ResourceBundle.getBundle(
            "casework.notices",
            locale,
            CaseNotices.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new MessageFormat(b.getString(kind), locale).format(args);
  }
}
