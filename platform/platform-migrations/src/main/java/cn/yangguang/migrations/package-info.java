/**
 * The platform's database schema and its guard rails. {@link
 * cn.yangguang.migrations.PlatformMigrations} applies the Flyway migrations as the schema owner
 * before the application starts; {@link cn.yangguang.migrations.SchemaLint} refuses a schema in
 * which a table carrying {@code tenant_id} lacks forced row-level security or an index that does
 * not lead with {@code tenant_id}. Both run from the launcher (and the tests) over plain JDBC, with
 * no application server involved.
 */
package cn.yangguang.migrations;
