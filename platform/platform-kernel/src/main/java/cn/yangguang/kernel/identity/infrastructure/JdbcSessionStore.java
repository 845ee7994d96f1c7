package cn.yangguang.kernel.identity.infrastructure;

import cn.yangguang.kernel.identity.domain.BrowserSession;
import cn.yangguang.kernel.identity.domain.PendingLogin;
import cn.yangguang.kernel.identity.domain.SessionStore;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** {@link SessionStore} in the platform-level tables {@code web_session} and {@code oidc_login}. */
@ApplicationScoped
public class JdbcSessionStore implements SessionStore {

  @Inject ContainerResources resources;

  @Override
  public void insert(BrowserSession s) {
    update(
        "INSERT INTO yg.web_session (id_hash, user_id, username, display_name, organizations,"
            + " csrf_token, id_token, created_at, last_seen_at, expires_at)"
            + " VALUES (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?)",
        s.idHash(),
        s.userId(),
        s.username(),
        s.displayName(),
        "{" + String.join(",", s.organizations()) + "}",
        s.csrfToken(),
        s.idToken(),
        ts(s.createdAt()),
        ts(s.lastSeenAt()),
        ts(s.expiresAt()));
  }

  @Override
  public Optional<BrowserSession> find(String idHash) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT user_id, username, display_name, organizations, csrf_token, id_token,"
                    + " created_at, last_seen_at, expires_at FROM yg.web_session WHERE id_hash = ?")) {
      ps.setString(1, idHash);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new BrowserSession(
                idHash,
                rs.getObject(1, java.util.UUID.class),
                rs.getString(2),
                rs.getString(3),
                Set.of((String[]) rs.getArray(4).getArray()),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant(),
                rs.getTimestamp(9).toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the session: " + e.getMessage(), e);
    }
  }

  @Override
  public void touch(String idHash, Instant lastSeenAt, Instant expiresAt) {
    update(
        "UPDATE yg.web_session SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?",
        ts(lastSeenAt),
        ts(expiresAt),
        idHash);
  }

  @Override
  public void delete(String idHash) {
    update("DELETE FROM yg.web_session WHERE id_hash = ?", idHash);
  }

  @Override
  public int purge(Instant now) {
    return update("DELETE FROM yg.web_session WHERE expires_at <= ?", ts(now))
        + update(
            "DELETE FROM yg.oidc_login WHERE created_at < ?", ts(now.minus(PendingLogin.MAX_AGE)));
  }

  @Override
  public void insert(PendingLogin l) {
    update(
        "INSERT INTO yg.oidc_login (state, code_verifier, nonce, redirect_uri, return_to, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        l.state(),
        l.codeVerifier(),
        l.nonce(),
        l.redirectUri(),
        l.returnTo(),
        ts(l.createdAt()));
  }

  @Override
  public Optional<PendingLogin> take(String state) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM yg.oidc_login WHERE state = ? RETURNING code_verifier, nonce,"
                    + " redirect_uri, return_to, created_at")) {
      ps.setString(1, state);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new PendingLogin(
                state,
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the sign-in: " + e.getMessage(), e);
    }
  }

  private int update(String sql, Object... params) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not write the session store: " + e.getMessage(), e);
    }
  }

  private static Timestamp ts(Instant i) {
    return Timestamp.from(i);
  }
}
