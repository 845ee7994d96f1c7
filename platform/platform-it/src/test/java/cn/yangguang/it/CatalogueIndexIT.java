package cn.yangguang.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The search index rebuilt from the database on request, with its progress: an item written without
 * an outbox event (a missed event) is not found until the rebuild, which finds and reports the
 * wrong entry; a county admin starts it from the console, an operator from the platform API.
 */
@ExtendWith(TestStack.class)
@Order(51)
class CatalogueIndexIT {

  static final UUID JIANSHI = UUID.fromString("b40924e3-1302-44d5-83f6-9507a4c0ae60");

  private final Http http = TestStack.http();

  @Test
  void aRebuildFromTheConsoleRepairsAMissedEventAndShowsItsOutcome() throws Exception {
    String name = "索引修复测试事项" + chinese();
    String key = "422822-IDX-" + token();
    insertWithoutEvent(key, name);
    assertThat(found(name)).as("no outbox event: the index does not know it").isFalse();

    Http admin = http.as("jianshi.admin");
    Http.Reply started = admin.post("/t/jianshi/console/catalogue/index/rebuild", null, "");
    assertThat(started.status()).as(started.toString()).isEqualTo(303);
    JsonObject status = awaitDone("jianshi");
    assertThat(status.getString("state")).isEqualTo("DONE");
    assertThat(status.getInt("corrected")).isGreaterThanOrEqualTo(1);
    assertThat(status.getString("startedBy")).isEqualTo("jianshi.admin");
    assertThat(status.getInt("indexed")).isEqualTo(status.getInt("total"));
    assertThat(found(name)).isTrue();

    String page = admin.get("/t/jianshi/console/catalogue/index").body();
    assertThat(page).contains("检索索引", "jianshi.admin", "从数据库重建索引");
    assertThat(admin.get("/t/jianshi/console/catalogue/index?lang=en").body())
        .contains("Search index", "Rebuild the index from the database");
  }

  @Test
  void anOperatorRebuildsOneCountyOrAllAndOnlyAdminsMay() throws Exception {
    String name = "运维重建测试事项" + chinese();
    insertWithoutEvent("422822-IDX-" + token(), name);
    Http op = http.asOperator();
    Http.Reply r = op.post("/api/v1/platform/catalogue-index/rebuild?tenant=jianshi", null, "");
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    assertThat(r.array().getValuesAs(JsonObject.class))
        .singleElement()
        .satisfies(c -> assertThat(c.getString("tenant")).isEqualTo("jianshi"));
    awaitDone("jianshi");
    assertThat(found(name)).isTrue();

    assertThat(http.post("/api/v1/platform/catalogue-index/rebuild", null, "").status())
        .isEqualTo(401);
    assertThat(http.as("jianshi.admin").get("/api/v1/platform/catalogue-index").status())
        .isEqualTo(403);
    assertThat(http.as("jianshi.deptadmin").get("/t/jianshi/console/catalogue/index").status())
        .as("the county admin's page, not a department admin's")
        .isEqualTo(403);
    assertThat(op.get("/api/v1/platform/catalogue-index?tenant=nowhere").status()).isEqualTo(404);
  }

  /** Polls this node's status until the rebuild is no longer running (bounded). */
  static JsonObject awaitDone(String tenant) throws InterruptedException {
    Http op = TestStack.http().asOperator();
    for (int i = 0; i < 600; i++) {
      JsonObject s =
          op.get("/api/v1/platform/catalogue-index?tenant=" + tenant)
              .array()
              .getJsonObject(0)
              .getJsonObject("status");
      if (!s.getString("state").equals("RUNNING")) {
        return s;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the rebuild of " + tenant + " did not finish");
  }

  private boolean found(String name) {
    return http
        .get("/t/jianshi/api/v1/items?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .anyMatch(i -> i.getString("name").equals(name));
  }

  /** A published copy of a 建始 item under a new key and name, written with no outbox event. */
  private static void insertWithoutEvent(String key, String name) throws SQLException {
    try (Connection c = TestStack.get().appDataSource().getConnection()) {
      c.setAutoCommit(false);
      RowLevelSecurityIT.bind(c, JIANSHI);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO yg.catalogue_item (id, tenant_id, item_key, version, status, name,"
                  + " item_type, base_code, hierarchy, department_code, exercise_levels, themes,"
                  + " takes_applications, case_kind, promised_limit, promised_unit, charged, online,"
                  + " synthetic, fields, created_at, created_by, published_at)"
                  + " SELECT gen_random_uuid(), tenant_id, ?, 1, 'PUBLISHED', ?, item_type, base_code,"
                  + " 'MAIN', department_code, exercise_levels, themes, takes_applications, case_kind,"
                  + " promised_limit, promised_unit, charged, online, synthetic,"
                  + " jsonb_set(jsonb_set(jsonb_set(fields, '{key}', to_jsonb(?::text)),"
                  + " '{name}', to_jsonb(?::text)), '{parentKey}', 'null'::jsonb),"
                  + " now(), 'it', now() FROM yg.catalogue_item WHERE status = 'PUBLISHED'"
                  + " AND tenant_id IS NOT NULL AND item_key = '422822-ZFB-0001'")) {
        ps.setString(1, key);
        ps.setString(2, name);
        ps.setString(3, key);
        ps.setString(4, name);
        assertThat(ps.executeUpdate()).isEqualTo(1);
      }
      c.commit();
    }
  }

  /** Six random characters from a set of sixteen, so that the name is unique and searchable. */
  private static String chinese() {
    String digits = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳";
    StringBuilder b = new StringBuilder();
    for (char ch : token().toCharArray()) {
      b.append(digits.charAt(Character.digit(ch, 16)));
    }
    return b.toString();
  }

  private static String token() {
    return UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
  }
}
