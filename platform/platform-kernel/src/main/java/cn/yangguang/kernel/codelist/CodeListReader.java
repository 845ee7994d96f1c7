package cn.yangguang.kernel.codelist;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a code list as one tenant sees it: national entries, its province's, and its own. Row-level
 * security decides which rows those are; the query asks for nothing tenant-specific.
 */
@ApplicationScoped
public class CodeListReader {

  @Inject ContainerResources resources;

  @Inject TenantTransactions transactions;

  /** The entries of {@code listCode} visible to {@code tenant}, in display order. */
  public List<CodeListEntry> entries(TenantRef tenant, String listCode) {
    return transactions.call(tenant, () -> query(listCode));
  }

  private List<CodeListEntry> query(String listCode) throws SQLException {
    List<CodeListEntry> out = new ArrayList<>();
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT code, label_zh, label_en, CASE WHEN tenant_id IS NOT NULL THEN 'TENANT'"
                    + " WHEN province_code IS NOT NULL THEN 'PROVINCE' ELSE 'NATIONAL' END"
                    + " FROM yg.code_list_entry WHERE list_code = ? ORDER BY sort_order, code")) {
      ps.setString(1, listCode);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new CodeListEntry(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }
    return out;
  }
}
