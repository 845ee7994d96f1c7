package cn.yangguang.disclosure.infrastructure;

import cn.yangguang.disclosure.domain.Attachment;
import cn.yangguang.disclosure.domain.DisclosureDocument;
import cn.yangguang.disclosure.domain.DocumentFields;
import cn.yangguang.disclosure.domain.DocumentKind;
import cn.yangguang.disclosure.domain.DocumentRepository;
import cn.yangguang.disclosure.domain.DocumentStatus;
import cn.yangguang.disclosure.domain.Validity;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link DocumentRepository} in plain SQL on {@code yg.disclosure_document} and its attachments.
 * The county comes from the transaction (row-level security); no query names a tenant. The
 * tenant_id written is the transaction's, read back from the setting, so a row can only ever be
 * written for the county whose transaction it is.
 */
@ApplicationScoped
public class JdbcDocumentRepository implements DocumentRepository {

  private static final String COLUMNS =
      "id, index_number, column_code, agency_code, title, body, kind, document_number,"
          + " issuing_agency, subject, formed_on, status, validity, repealed_by, published_at,"
          + " withdrawn_at, review_note, clock_id, created_by, created_at, version";
  private static final String TENANT = "NULLIF(current_setting('app.tenant_id', true), '')::uuid";

  @Inject ContainerResources resources;

  @Override
  public void add(DisclosureDocument d) {
    DocumentFields f = d.fields();
    update(
        "INSERT INTO yg.disclosure_document (tenant_id, "
            + COLUMNS
            + ", updated_at) VALUES ("
            + TENANT
            + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
        d.id(),
        d.indexNumber(),
        f.columnCode(),
        f.agencyCode(),
        f.title(),
        f.body(),
        f.kind().name(),
        f.documentNumber(),
        f.issuingAgency(),
        f.subject(),
        Date.valueOf(f.formedOn()),
        d.status().name(),
        d.validity().name(),
        d.repealedBy(),
        ts(d.publishedAt()),
        ts(d.withdrawnAt()),
        d.reviewNote(),
        d.clockId(),
        d.createdBy(),
        ts(d.createdAt()),
        ts(d.createdAt()));
    saveAttachments(d);
  }

  @Override
  public void update(DisclosureDocument d) {
    int n =
        update(
            "UPDATE yg.disclosure_document SET status = ?, validity = ?, repealed_by = ?,"
                + " published_at = ?, withdrawn_at = ?, review_note = ?, updated_at = now(),"
                + " version = version + 1 WHERE id = ? AND version = ?",
            d.status().name(),
            d.validity().name(),
            d.repealedBy(),
            ts(d.publishedAt()),
            ts(d.withdrawnAt()),
            d.reviewNote(),
            d.id(),
            d.version());
    if (n != 1) {
      throw new ConcurrentModificationException("document " + d.id() + " changed meanwhile");
    }
    saveAttachments(d);
  }

  private void saveAttachments(DisclosureDocument d) {
    for (int i = 0; i < d.attachments().size(); i++) {
      Attachment a = d.attachments().get(i);
      update(
          "INSERT INTO yg.disclosure_attachment (tenant_id, document_id, file_id, name, position)"
              + " VALUES ("
              + TENANT
              + ", ?, ?, ?, ?) ON CONFLICT DO NOTHING",
          d.id(),
          a.fileId(),
          a.name(),
          i);
    }
  }

  @Override
  public Optional<DisclosureDocument> lock(UUID id) {
    return one("SELECT " + COLUMNS + " FROM yg.disclosure_document WHERE id = ? FOR UPDATE", id);
  }

  @Override
  public Optional<DisclosureDocument> find(UUID id) {
    return one("SELECT " + COLUMNS + " FROM yg.disclosure_document WHERE id = ?", id);
  }

  @Override
  public List<DisclosureDocument> published(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM yg.disclosure_document WHERE status = 'PUBLISHED' AND id = ANY (?)")) {
      ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
      return read(ps);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<DisclosureDocument> published(Set<String> columns, String agency, int limit) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM yg.disclosure_document WHERE status = 'PUBLISHED'"
                    + " AND (cardinality(?::varchar[]) = 0 OR column_code = ANY (?::varchar[]))"
                    + " AND (?::varchar IS NULL OR agency_code = ?)"
                    + " ORDER BY published_at DESC, index_number LIMIT ?")) {
      java.sql.Array codes = c.createArrayOf("varchar", columns.toArray());
      ps.setArray(1, codes);
      ps.setArray(2, codes);
      ps.setString(3, agency);
      ps.setString(4, agency);
      ps.setInt(5, limit);
      return read(ps);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public List<DisclosureDocument> inStatus(Set<DocumentStatus> statuses, int limit) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM yg.disclosure_document WHERE status = ANY (?)"
                    + " ORDER BY formed_on, index_number LIMIT ?")) {
      ps.setArray(1, c.createArrayOf("varchar", statuses.stream().map(Enum::name).toArray()));
      ps.setInt(2, limit);
      return read(ps);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public int nextSequence(String agency, int year) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.disclosure_sequence (tenant_id, agency_code, year, last_value)"
                    + " VALUES ("
                    + TENANT
                    + ", ?, ?, 1) ON CONFLICT (tenant_id, agency_code, year)"
                    + " DO UPDATE SET last_value = yg.disclosure_sequence.last_value + 1"
                    + " RETURNING last_value")) {
      ps.setString(1, agency);
      ps.setInt(2, year);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Optional<String> indexRule() {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT index_rule FROM yg.disclosure_settings");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void saveIndexRule(String pattern, Instant at) {
    update(
        "INSERT INTO yg.disclosure_settings (tenant_id, index_rule, updated_at) VALUES ("
            + TENANT
            + ", ?, ?) ON CONFLICT (tenant_id) DO UPDATE SET index_rule = EXCLUDED.index_rule,"
            + " updated_at = EXCLUDED.updated_at",
        pattern,
        ts(at));
  }

  private Optional<DisclosureDocument> one(String sql, UUID id) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, id);
      List<DisclosureDocument> found = read(ps);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(withAttachments(c, found.get(0)));
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static DisclosureDocument withAttachments(Connection c, DisclosureDocument d)
      throws SQLException {
    List<Attachment> attachments = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT file_id, name FROM yg.disclosure_attachment WHERE document_id = ?"
                + " ORDER BY position")) {
      ps.setObject(1, d.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          attachments.add(new Attachment(rs.getObject(1, UUID.class), rs.getString(2)));
        }
      }
    }
    return d.withAttachments(attachments);
  }

  private static List<DisclosureDocument> read(PreparedStatement ps) throws SQLException {
    List<DisclosureDocument> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(map(rs));
      }
    }
    return out;
  }

  private static DisclosureDocument map(ResultSet rs) throws SQLException {
    DocumentFields f =
        new DocumentFields(
            rs.getString("column_code"),
            rs.getString("agency_code"),
            rs.getString("title"),
            rs.getString("body"),
            DocumentKind.valueOf(rs.getString("kind")),
            rs.getString("document_number"),
            rs.getString("issuing_agency"),
            rs.getString("subject"),
            rs.getDate("formed_on").toLocalDate());
    return new DisclosureDocument(
        rs.getObject("id", UUID.class),
        rs.getString("index_number"),
        f,
        DocumentStatus.valueOf(rs.getString("status")),
        Validity.valueOf(rs.getString("validity")),
        rs.getObject("repealed_by", UUID.class),
        instant(rs.getTimestamp("published_at")),
        instant(rs.getTimestamp("withdrawn_at")),
        rs.getString("review_note"),
        rs.getObject("clock_id", UUID.class),
        rs.getString("created_by"),
        instant(rs.getTimestamp("created_at")),
        rs.getInt("version"),
        List.of());
  }

  private int update(String sql, Object... args) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("disclosure documents: " + e.getMessage(), e);
  }
}
