package cn.yangguang.kernel.system;

import cn.yangguang.kernel.audit.OperatorAudit;
import cn.yangguang.kernel.sharedrows.ProvinceRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * {@link ProvinceRows} on a {@code yg_system} connection: the only way a context outside the kernel
 * reaches shared rows for writing. Names the province in {@code app.shared_province}
 * (transaction-local), which the database guard of the shared tables checks, and appends the
 * operator audit entry on the same connection, so the change and its record commit together.
 */
@ApplicationScoped
public class SystemProvinceRows implements ProvinceRows {

  @Inject SystemDatabase database;
  @Inject OperatorAudit audit;

  @Override
  public <T> T read(String provinceCode, Work<T> work) {
    return database.transaction(
        "reading the shared rows of province " + provinceCode,
        c -> {
          try (Statement s = c.createStatement()) {
            s.execute("SET TRANSACTION READ ONLY");
          }
          name(c, provinceCode);
          return work.run(c);
        });
  }

  @Override
  public <T> T write(Change change, Work<T> work) {
    return database.transaction(
        change.action() + " in province " + change.provinceCode(),
        c -> {
          name(c, change.provinceCode());
          T result = work.run(c);
          audit.record(
              c, change.actor(), change.action(), null, change.subject(), change.detailJson());
          return result;
        });
  }

  private static void name(java.sql.Connection c, String provinceCode)
      throws java.sql.SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT set_config('app.shared_province', ?, true)")) {
      ps.setString(1, provinceCode);
      ps.execute();
    }
  }
}
