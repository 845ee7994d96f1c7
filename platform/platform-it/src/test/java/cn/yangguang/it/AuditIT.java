package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.it.Manifests.TestTenant;
import cn.yangguang.kernel.audit.chain.AuditContent;
import cn.yangguang.kernel.audit.chain.AuditHasher;
import cn.yangguang.kernel.audit.chain.ChainedEntry;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail: staff actions appended with the action, chained, anchored with a signature held
 * outside the database; tampering detected; a subject's history replayed.
 */
@ExtendWith(TestStack.class)
@Order(85)
class AuditIT {

  static final Http OP = TestStack.http().asOperator();

  /** A fresh county with five audited clock actions, chained and anchored. */
  static TestTenant countyWithHistory(String prefix) {
    TestTenant t = Manifests.fresh(prefix).onboard("审计县");
    String base = "/t/" + t.slug() + "/api/v1/clocks";
    String body =
        "{\"subjectType\":\"case\",\"subjectId\":\"A-1\",\"step\":\"review\",\"regime\":\"LICENSING\","
            + "\"unit\":\"WORKING_DAYS\",\"limit\":20}";
    String id = OP.post(base, "application/json", body).json().getString("id");
    OP.post(base + "/" + id + "/pause", "application/json", "{\"reason\":\"听证\"}");
    OP.post(base + "/" + id + "/resume", "application/json", "{}");
    OP.post(base + "/" + id + "/extend", "application/json", "{\"reason\":\"批准\",\"amount\":5}");
    OP.post(base + "/" + id + "/complete", "application/json", "{}");
    run("audit-chain");
    run("audit-anchor");
    return t;
  }

  static void run(String job) {
    Http.Reply r = OP.post("/api/v1/platform/jobs/" + job + "/run", null, (String) null);
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  static JsonObject verify(TestTenant t) {
    Http.Reply r = OP.get("/t/" + t.slug() + "/api/v1/audit/verify");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r.json();
  }

  static DataSource superuser() {
    return TestStack.get().superuserDataSource("yangguang");
  }

  static void sql(String statement, Object... params) throws SQLException {
    try (Connection c = superuser().getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  @Test
  void anUntouchedChainVerifiesAndAHistoryReplays() {
    TestTenant t = countyWithHistory("audit-ok");
    JsonObject v = verify(t);
    assertThat(v.getBoolean("intact")).as(v.toString()).isTrue();
    assertThat(v.getJsonNumber("entriesChecked").longValue()).isGreaterThanOrEqualTo(5);
    assertThat(v.getJsonNumber("unanchoredEntries").longValue()).isZero();
    String clockId = clockIdOf(t);
    var history = OP.get("/t/" + t.slug() + "/api/v1/audit/subjects/clock/" + clockId).array();
    assertThat(history.stream().map(e -> ((JsonObject) e).getString("action")).toList())
        .containsExactly(
            "clock.started", "clock.paused", "clock.resumed", "clock.extended", "clock.completed");
    String anchors = OP.get("/t/" + t.slug() + "/api/v1/audit/anchors").body();
    assertThat(anchors.lines()).hasSize(1);
    assertThat(anchors).contains(t.id().toString());
  }

  @Test
  void anEditedRowIsFound() throws SQLException {
    TestTenant t = countyWithHistory("audit-edit");
    sql(
        "UPDATE yg.audit_entry SET actor = 'someone-else' WHERE tenant_id = ? AND chain_seq = 2",
        t.id());
    JsonObject b = verify(t).getJsonObject("firstBreak");
    assertThat(b.getString("kind")).isEqualTo("HASH_MISMATCH");
    assertThat(b.getInt("chainSeq")).isEqualTo(2);
  }

  @Test
  void aDeletedRowIsFound() throws SQLException {
    TestTenant t = countyWithHistory("audit-delete");
    sql("DELETE FROM yg.audit_entry WHERE tenant_id = ? AND chain_seq = 3", t.id());
    JsonObject v = verify(t);
    assertThat(v.getBoolean("intact")).isFalse();
    assertThat(v.getJsonObject("firstBreak").getString("kind"))
        .isIn("SEQUENCE_GAP", "LINK_MISMATCH");
    assertThat(v.getJsonObject("firstBreak").getInt("chainSeq")).isIn(3, 4);
  }

  @Test
  void reorderedRowsAreFound() throws SQLException {
    TestTenant t = countyWithHistory("audit-order");
    sql("UPDATE yg.audit_entry SET chain_seq = -1 WHERE tenant_id = ? AND chain_seq = 2", t.id());
    sql("UPDATE yg.audit_entry SET chain_seq = 2 WHERE tenant_id = ? AND chain_seq = 3", t.id());
    sql("UPDATE yg.audit_entry SET chain_seq = 3 WHERE tenant_id = ? AND chain_seq = -1", t.id());
    JsonObject v = verify(t);
    assertThat(v.getBoolean("intact")).isFalse();
    assertThat(v.getJsonObject("firstBreak").getInt("chainSeq")).isEqualTo(2);
  }

  @Test
  void aConsistentRewriteFromAnAnchoredRowFailsAgainstTheSignedAnchor() throws SQLException {
    TestTenant t = countyWithHistory("audit-rewrite");
    rewriteFromThirdEntry(t);
    JsonObject v = verify(t);
    assertThat(v.getBoolean("intact")).isFalse();
    assertThat(v.getJsonObject("firstBreak").getString("kind")).isEqualTo("ANCHOR_MISMATCH");
  }

  @Test
  void anExportedAnchorFileCatchesARewriteEvenWhenTheAnchorRowsAreGone() throws Exception {
    TestTenant t = countyWithHistory("audit-export");
    java.nio.file.Path exported = java.nio.file.Files.createTempFile("anchors-", ".tsv");
    java.nio.file.Files.writeString(
        exported, OP.get("/t/" + t.slug() + "/api/v1/audit/anchors").body());
    rewriteFromThirdEntry(t);
    sql("DELETE FROM yg.audit_anchor WHERE tenant_id = ?", t.id());

    var fromDatabase =
        cn.yangguang.launcher.AuditVerifyCommand.verify(TestStack.get().config(), t.slug(), null);
    assertThat(fromDatabase.intact())
        .as("without anchors a consistent rewrite looks intact")
        .isTrue();
    var fromExport =
        cn.yangguang.launcher.AuditVerifyCommand.verify(
            TestStack.get().config(), t.slug(), exported);
    assertThat(fromExport.intact()).isFalse();
    assertThat(fromExport.firstBreak().orElseThrow().kind().name()).isEqualTo("ANCHOR_MISMATCH");
  }

  @Test
  void theApplicationCannotChangeOrDeleteAuditRows() throws SQLException {
    TestTenant t = countyWithHistory("audit-ro");
    try (Connection c = TestStack.get().appDataSource().getConnection()) {
      c.setAutoCommit(false);
      RowLevelSecurityIT.bind(c, t.id());
      for (String statement :
          List.of(
              "UPDATE yg.audit_entry SET actor = 'x'",
              "DELETE FROM yg.audit_entry",
              "DELETE FROM yg.audit_anchor")) {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
          org.assertj.core.api.Assertions.assertThatThrownBy(ps::executeUpdate)
              .hasMessageContaining("permission denied");
        }
        c.rollback();
        RowLevelSecurityIT.bind(c, t.id());
      }
      c.rollback();
    }
  }

  /**
   * Rewrites entry 3 and relinks 3..n so that every hash and link is internally consistent again.
   */
  static void rewriteFromThirdEntry(TestTenant t) throws SQLException {
    List<ChainedEntry> stored = chain(t.id());
    ChainedEntry third = stored.get(2);
    AuditContent forged =
        new AuditContent(
            third.content().tenantId(),
            third.content().entryId(),
            third.content().occurredAt(),
            "forger",
            third.content().role(),
            third.content().subjectType(),
            third.content().subjectId(),
            third.content().action(),
            third.content().summaryJson());
    List<AuditContent> tail = new ArrayList<>();
    tail.add(forged);
    stored.subList(3, stored.size()).forEach(e -> tail.add(e.content()));
    List<ChainedEntry> relinked =
        AuditHasher.link(tail, stored.get(1).chainSeq(), stored.get(1).hash(), third.algorithm());
    for (ChainedEntry e : relinked) {
      sql(
          "UPDATE yg.audit_entry SET actor = ?, prev_hash = ?, hash = ? WHERE tenant_id = ? AND id = ?",
          e.content().actor(),
          e.prevHash(),
          e.hash(),
          t.id(),
          e.content().entryId());
    }
  }

  static String clockIdOf(TestTenant t) {
    try (Connection c = superuser().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id FROM yg.clock WHERE tenant_id = ?")) {
      ps.setObject(1, t.id());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<ChainedEntry> chain(UUID tenant) throws SQLException {
    try (Connection c = superuser().getConnection()) {
      return cn.yangguang.kernel.audit.AuditChainStore.chain(c, tenant);
    }
  }
}
