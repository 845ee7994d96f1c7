package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.domain.DerivedItems;
import cn.yangguang.catalogue.domain.MasterLink;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@link DerivedItems} on the {@code master_key} and {@code master_id} columns of the county's
 * rows.
 */
@ApplicationScoped
public class JdbcDerivedItems implements DerivedItems {

  @Inject ContainerResources resources;

  @Override
  public Map<String, MasterLink> links() {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT DISTINCT ON (item_key) item_key, master_key, master_id"
                    + " FROM yg.catalogue_item WHERE tenant_id IS NOT NULL"
                    + " ORDER BY item_key, version DESC");
        ResultSet rs = ps.executeQuery()) {
      Map<String, MasterLink> out = new HashMap<>();
      while (rs.next()) {
        String master = rs.getString(2);
        if (master != null) {
          out.put(rs.getString(1), new MasterLink(master, rs.getObject(3, UUID.class)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw JdbcItemRepository.failure(e);
    }
  }

  @Override
  public void link(UUID versionId, MasterLink link) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE yg.catalogue_item SET master_key = ?, master_id = ?"
                    + " WHERE id = ? AND tenant_id IS NOT NULL")) {
      ps.setString(1, link == null ? null : link.masterKey());
      ps.setObject(2, link == null ? null : link.masterVersionId());
      ps.setObject(3, versionId);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw JdbcItemRepository.failure(e);
    }
  }
}
