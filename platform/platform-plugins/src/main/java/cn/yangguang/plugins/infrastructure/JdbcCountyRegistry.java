package cn.yangguang.plugins.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.plugins.domain.CountyRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link CountyRegistry} on {@code yg.tenant} with plain JDBC: the JPA-backed tenant directory
 * needs a transaction's entity manager, which a managed executor thread does not have.
 */
@ApplicationScoped
public class JdbcCountyRegistry implements CountyRegistry {

  @Inject ContainerResources resources;

  @Override
  public List<County> all() {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, slug, province_code, status FROM yg.tenant ORDER BY slug");
        ResultSet rs = ps.executeQuery()) {
      List<County> out = new ArrayList<>();
      while (rs.next()) {
        out.add(
            new County(
                new TenantRef(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)),
                "ACTIVE".equals(rs.getString(4))));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the counties: " + e.getMessage(), e);
    }
  }
}
