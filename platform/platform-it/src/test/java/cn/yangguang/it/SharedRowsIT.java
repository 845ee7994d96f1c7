package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangguang.it.Manifests.TestTenant;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shared rows (tenant_id NULL): national rows reach every county, a province's rows only its
 * counties, nothing without a tenant; only the audited operator path writes them.
 */
@ExtendWith(TestStack.class)
@Order(20)
class SharedRowsIT {

  @Test
  void nationalAndProvinceRowsReachTheCountiesTheyCover() {
    String list = "test-list-" + UUID.randomUUID().toString().substring(0, 6);
    Http op = TestStack.http().asOperator();
    assertThat(
            op.put(
                    "/api/v1/platform/code-lists/" + list,
                    "application/json",
                    "[{\"code\":\"01\",\"labelZh\":\"行政许可\",\"labelEn\":\"Licensing\"}]")
                .status())
        .isEqualTo(200);
    assertThat(
            op.put(
                    "/api/v1/platform/code-lists/" + list + "?province=420000",
                    "application/json",
                    "[{\"code\":\"HB1\",\"labelZh\":\"湖北特有\"}]")
                .status())
        .isEqualTo(200);

    var hubei = TestStack.http().get("/t/jianshi/api/v1/code-lists/" + list).array();
    assertThat(hubei).hasSize(2);
    assertThat(hubei.getJsonObject(1).getString("scope")).isEqualTo("PROVINCE");
    var henan = TestStack.http().get("/t/shenqiu/api/v1/code-lists/" + list).array();
    assertThat(henan).hasSize(1);
    assertThat(henan.getJsonObject(0).getString("code")).isEqualTo("01");
  }

  @Test
  void sharedWritesAreAudited() throws SQLException {
    String list = "audited-" + UUID.randomUUID().toString().substring(0, 6);
    TestStack.http()
        .asOperator()
        .put(
            "/api/v1/platform/code-lists/" + list,
            "application/json",
            "[{\"code\":\"A\",\"labelZh\":\"甲\"}]");
    try (Connection c = TestStack.get().appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT actor, action FROM yg.operator_audit WHERE subject LIKE ? ORDER BY id DESC")) {
      ps.setString(1, list + "%");
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("operator");
        assertThat(rs.getString(2)).isEqualTo("codelist.replace");
      }
    }
  }

  @Test
  void badSharedInputIsRefusedWithTheFieldAndNothingChanges() {
    String list = "bad-" + UUID.randomUUID().toString().substring(0, 6);
    Http op = TestStack.http().asOperator();
    Http.Reply dup =
        op.put(
            "/api/v1/platform/code-lists/" + list,
            "application/json",
            "[{\"code\":\"A\",\"labelZh\":\"甲\"},{\"code\":\"A\",\"labelZh\":\"乙\"}]");
    assertThat(dup.status()).isEqualTo(400);
    assertThat(dup.json().getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("[1].code");
    Http.Reply blank =
        op.put("/api/v1/platform/code-lists/" + list, "application/json", "[{\"code\":\"A\"}]");
    assertThat(blank.status()).isEqualTo(400);
    assertThat(blank.body()).contains("labelZh");
    Http.Reply malformed =
        op.put("/api/v1/platform/code-lists/" + list, "application/json", "[{\"code\":");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(TestStack.http().get("/t/jianshi/api/v1/code-lists/" + list).array()).isEmpty();
  }

  @Test
  void theApplicationRoleCannotWriteSharedRows() throws SQLException {
    TestTenant t = Manifests.fresh("shared").onboard("共享县");
    try (Connection c = TestStack.get().appDataSource().getConnection()) {
      c.setAutoCommit(false);
      RowLevelSecurityIT.bind(c, t.id());
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO yg.code_list_entry (id, tenant_id, province_code, list_code, code, label_zh, sort_order)"
                  + " VALUES (?, NULL, NULL, 'sneaky', 'X', '偷', 0)")) {
        ps.setObject(1, UUID.randomUUID());
        assertThatThrownBy(ps::executeUpdate).hasMessageContaining("row-level security");
      }
      c.rollback();
    }
  }

  @Test
  void onlyOperatorsMayWriteSharedRows() {
    Http.Reply r = TestStack.http().put("/api/v1/platform/code-lists/x1", "application/json", "[]");
    assertThat(r.status()).isEqualTo(401);
    JsonObject problem = r.json();
    assertThat(problem.getInt("status")).isEqualTo(401);
  }
}
