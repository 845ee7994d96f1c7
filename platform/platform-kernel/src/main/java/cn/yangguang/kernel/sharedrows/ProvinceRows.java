package cn.yangguang.kernel.sharedrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Reads and writes the shared rows of one province, outside any county's transaction. A read runs
 * in a read-only transaction; a write runs in one transaction together with its operator audit
 * entry, and the database refuses any row it touches that is not a shared row of the province named
 * in the {@link Change} (the guard of {@code V9__catalogue_master.sql}). The work is given a JDBC
 * connection; it must not commit, roll back or close it.
 */
public interface ProvinceRows {

  /** Work on the connection of one province's transaction; throwing rolls everything back. */
  @FunctionalInterface
  interface Work<T> {
    /** Does the work. */
    T run(Connection c) throws SQLException;
  }

  /**
   * An audited change to a province's shared rows.
   *
   * @param provinceCode the province, e.g. {@code 420000}
   * @param actor who asked (an operator or an admin of that province), already authorized
   * @param action a stable verb for the operator audit, e.g. {@code catalogue.master.import}
   * @param subject what was changed, for people
   * @param detailJson a JSON object with the specifics
   */
  record Change(
      String provinceCode, String actor, String action, String subject, String detailJson) {
    public Change {
      Objects.requireNonNull(provinceCode, "provinceCode");
      if (!provinceCode.matches("\\d{2}0000")) {
        throw new IllegalArgumentException("not a province code: " + provinceCode);
      }
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(subject, "subject");
    }
  }

  /**
   * Reads in a read-only transaction.
   *
   * @param provinceCode the province whose rows the work reads (its SQL must say so)
   */
  <T> T read(String provinceCode, Work<T> work);

  /** Writes in one transaction with its audit entry. */
  <T> T write(Change change, Work<T> work);
}
