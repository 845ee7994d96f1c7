package cn.yangguang.kernel.system;

import cn.yangguang.kernel.audit.OperatorAudit;
import cn.yangguang.kernel.codelist.CodeListEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

/**
 * The audited path for shared code-list rows (tenant_id NULL): replaces the national entries of a
 * list, or one province's, and records who did it, in one JDBC transaction as {@code yg_system}.
 */
@ApplicationScoped
public class SharedCodeListWriter {

  @Inject SystemDatabase database;
  @Inject OperatorAudit audit;

  /**
   * Replaces the shared entries of a list.
   *
   * @param provinceCode the province whose entries are replaced, or null for the national entries
   * @param listCode the list, e.g. {@code item-type}
   * @param entries the new entries, in display order
   * @param actor who asked (operator, or a province admin of that province)
   */
  public void replace(
      String provinceCode, String listCode, List<CodeListEntry> entries, String actor) {
    database.transaction(
        "replacing code list " + listCode,
        c -> {
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM yg.code_list_entry WHERE tenant_id IS NULL AND list_code = ?"
                      + " AND province_code IS NOT DISTINCT FROM ?")) {
            delete.setString(1, listCode);
            delete.setString(2, provinceCode);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO yg.code_list_entry (id, tenant_id, province_code, list_code, code, label_zh,"
                      + " label_en, sort_order) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)")) {
            int order = 0;
            for (CodeListEntry e : entries) {
              insert.setObject(1, UUID.randomUUID());
              insert.setString(2, provinceCode);
              insert.setString(3, listCode);
              insert.setString(4, e.code());
              insert.setString(5, e.labelZh());
              insert.setString(6, e.labelEn());
              insert.setInt(7, order++);
              insert.addBatch();
            }
            insert.executeBatch();
          }
          JsonArrayBuilder codes = Json.createArrayBuilder();
          entries.forEach(e -> codes.add(e.code()));
          audit.record(
              c,
              actor,
              "codelist.replace",
              null,
              listCode
                  + (provinceCode == null ? " (national)" : " (province " + provinceCode + ")"),
              Json.createObjectBuilder()
                  .add("province", provinceCode == null ? "" : provinceCode)
                  .add("codes", codes)
                  .build()
                  .toString());
          return null;
        });
  }
}
