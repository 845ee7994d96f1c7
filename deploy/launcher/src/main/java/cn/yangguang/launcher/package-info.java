/**
 * Starts the platform in the one order that works: PostgreSQL first (embedded from a Maven
 * artifact, or an external server given by configuration), then the database roles, the Flyway
 * migrations and the schema lint, and only then Payara Micro with the platform WAR, because Payara
 * opens its persistence units at deploy time. {@link cn.yangguang.launcher.LocalStack} is the
 * programmatic form used by the integration tests and the benchmark; {@link
 * cn.yangguang.launcher.Launcher} is the command-line form.
 */
package cn.yangguang.launcher;
