package cn.yangguang.disclosure.infrastructure;

import cn.yangguang.disclosure.domain.FundsRepository;
import cn.yangguang.disclosure.domain.FundsTable;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link FundsRepository} on {@code yg.disclosure_funds_table} and its lines, one row per line. */
@ApplicationScoped
public class JdbcFundsRepository implements FundsRepository {

  private static final String TENANT = "NULLIF(current_setting('app.tenant_id', true), '')::uuid";

  @Inject ContainerResources resources;

  @Override
  public void add(UUID id, UUID documentId, FundsTable t, String actor, Instant at) {
    try (Connection c = resources.appDataSource().getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO yg.disclosure_funds_table (tenant_id, id, document_id, kind,"
                  + " fiscal_year, title, unit, created_by, created_at) VALUES ("
                  + TENANT
                  + ", ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setObject(1, id);
        ps.setObject(2, documentId);
        ps.setString(3, t.kind().name());
        ps.setInt(4, t.fiscalYear());
        ps.setString(5, t.title());
        ps.setString(6, t.unit().name());
        ps.setString(7, actor);
        ps.setTimestamp(8, Timestamp.from(at));
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO yg.disclosure_funds_line (tenant_id, table_id, line_no, code,"
                  + " parent_code, name, amount) VALUES ("
                  + TENANT
                  + ", ?, ?, ?, ?, ?, ?)")) {
        for (int i = 0; i < t.lines().size(); i++) {
          FundsTable.FundsLine l = t.lines().get(i);
          ps.setObject(1, id);
          ps.setInt(2, i);
          ps.setString(3, l.code());
          ps.setString(4, l.parentCode());
          ps.setString(5, l.name());
          ps.setBigDecimal(6, l.amount());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Optional<StoredFunds> find(UUID id) {
    List<StoredFunds> found = tables("id = ?", id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  @Override
  public List<StoredFunds> ofDocument(UUID documentId) {
    return tables("document_id = ?", documentId);
  }

  private List<StoredFunds> tables(String where, UUID arg) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, document_id, kind, fiscal_year, title, unit FROM"
                    + " yg.disclosure_funds_table WHERE "
                    + where
                    + " ORDER BY created_at, id")) {
      ps.setObject(1, arg);
      List<StoredFunds> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID id = rs.getObject(1, UUID.class);
          out.add(
              new StoredFunds(
                  id,
                  rs.getObject(2, UUID.class),
                  new FundsTable(
                      FundsTable.Kind.valueOf(rs.getString(3)),
                      rs.getInt(4),
                      rs.getString(5),
                      FundsTable.Unit.valueOf(rs.getString(6)),
                      lines(c, id))));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static List<FundsTable.FundsLine> lines(Connection c, UUID table) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT code, parent_code, name, amount FROM yg.disclosure_funds_line"
                + " WHERE table_id = ? ORDER BY line_no")) {
      ps.setObject(1, table);
      List<FundsTable.FundsLine> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new FundsTable.FundsLine(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
        }
      }
      return out;
    }
  }

  private static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("funds tables: " + e.getMessage(), e);
  }
}
