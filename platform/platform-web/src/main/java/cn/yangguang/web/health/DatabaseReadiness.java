package cn.yangguang.web.health;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.ManifestBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when PostgreSQL answers as {@code yg_app} and the tenant registry is readable. Manifests
 * that failed to load are reported in the data but do not make the node unready: the other counties
 * serve.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject ContainerResources resources;

  @Inject ManifestBootstrap manifests;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("database");
    try (Connection c = resources.appDataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM yg.tenant")) {
      rs.next();
      b.up().withData("tenants", rs.getLong(1));
    } catch (SQLException e) {
      b.down().withData("error", e.getMessage());
    }
    b.withData("manifestFailures", manifests.failures().size());
    return b.build();
  }
}
