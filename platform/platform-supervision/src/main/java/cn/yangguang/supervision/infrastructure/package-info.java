/**
 * Supervision's adapters: JDBC repositories on its own tables and the read-only adapter on
 * casework's tables ({@code JdbcCaseObservations}), all on the application data source inside the
 * county's transaction, so row-level security scopes every statement.
 */
package cn.yangguang.supervision.infrastructure;
