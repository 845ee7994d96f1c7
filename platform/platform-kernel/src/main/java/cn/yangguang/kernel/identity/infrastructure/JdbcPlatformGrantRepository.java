package cn.yangguang.kernel.identity.infrastructure;

import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.OperatorAudit;
import cn.yangguang.kernel.identity.domain.OversightGrant;
import cn.yangguang.kernel.identity.domain.PlatformGrantRepository;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link PlatformGrantRepository} in plain SQL on the platform-level tables; a new grant and its
 * operator-audit entry are written on one connection in one local transaction.
 */
@ApplicationScoped
public class JdbcPlatformGrantRepository implements PlatformGrantRepository {

  @Inject ContainerResources resources;
  @Inject PlatformClock clock;
  @Inject OperatorAudit audit;

  @Override
  public List<OversightGrant> oversightOf(UUID userId) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT username, level, division_code FROM yg.oversight_grant WHERE user_id = ?")) {
      ps.setObject(1, userId);
      List<OversightGrant> grants = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          grants.add(
              new OversightGrant(
                  userId,
                  rs.getString(1),
                  OversightGrant.Level.valueOf(rs.getString(2)),
                  rs.getString(3)));
        }
      }
      return grants;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read oversight grants: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isOperator(UUID userId) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT 1 FROM yg.platform_operator WHERE user_id = ?")) {
      ps.setObject(1, userId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read platform operators: " + e.getMessage(), e);
    }
  }

  @Override
  public void grant(OversightGrant g, String actor) {
    write(
        "INSERT INTO yg.oversight_grant (user_id, username, level, division_code, granted_at,"
            + " granted_by) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        actor,
        "oversight.grant",
        g.username(),
        Json.createObjectBuilder()
            .add("level", g.level().name())
            .add("division", g.divisionCode())
            .build()
            .toString(),
        g.userId(),
        g.username(),
        g.level().name(),
        g.divisionCode());
  }

  @Override
  public void grantOperator(UUID userId, String username, String actor) {
    write(
        "INSERT INTO yg.platform_operator (user_id, username, granted_at, granted_by)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        actor,
        "operator.grant",
        username,
        "{}",
        userId,
        username);
  }

  /** Inserts the row and, when it is new, audits it; both or neither. */
  private void write(
      String sql, String actor, String action, String subject, String detail, Object... keys) {
    try (Connection c = resources.appDataSource().getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        int i = 1;
        for (Object k : keys) {
          ps.setObject(i++, k);
        }
        ps.setTimestamp(i++, Timestamp.from(clock.now()));
        ps.setString(i, actor);
        if (ps.executeUpdate() == 1) {
          audit.record(c, actor, action, null, subject, detail);
        }
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the grant: " + e.getMessage(), e);
    }
  }
}
