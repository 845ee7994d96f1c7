package cn.yangguang.hotline.infrastructure;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.domain.KnowledgeBase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The county's knowledge entries (seeded with the standard ones on first use) and its published
 * catalogue items as entries pointing at their guides (read under row-level security: the county's
 * own items only).
 */
public final class JdbcKnowledge {

  private final PluginContext context;
  private final TenantRef tenant;

  /** For one county. */
  public JdbcKnowledge(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
  }

  /** Every entry: the county's own, then one per published catalogue item. */
  public List<KnowledgeBase.Entry> entries() {
    String table = context.schema() + ".knowledge";
    return context
        .data()
        .inTenant(
            tenant,
            c -> {
              List<KnowledgeBase.Entry> out = new ArrayList<>();
              try (PreparedStatement ps =
                      c.prepareStatement("SELECT question, answer, keywords FROM " + table);
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.add(
                      new KnowledgeBase.Entry(
                          rs.getString(1), rs.getString(2), null, rs.getString(3)));
                }
              }
              if (out.isEmpty()) {
                for (KnowledgeBase.Entry e : KnowledgeBase.STANDARD) {
                  try (PreparedStatement ps =
                      c.prepareStatement(
                          "INSERT INTO "
                              + table
                              + " (tenant_id, id, question, answer, keywords) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setObject(1, tenant.id());
                    ps.setObject(2, UUID.randomUUID());
                    ps.setString(3, e.title());
                    ps.setString(4, e.answer());
                    ps.setString(5, e.keywords());
                    ps.executeUpdate();
                  }
                  out.add(e);
                }
              }
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT DISTINCT ON (item_key) item_key, name FROM yg.catalogue_item"
                              + " WHERE tenant_id IS NOT NULL AND status = 'PUBLISHED'"
                              + " ORDER BY item_key, version DESC");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  String link = "/t/" + tenant.slug() + "/services/" + rs.getString(1);
                  out.add(
                      new KnowledgeBase.Entry(
                          rs.getString(2), "办事指南：" + rs.getString(2), link, ""));
                }
              }
              return out;
            });
  }
}
