/**
 * Starts the platform in the one order that works: Keycloak in the background (a real one from its
 * Maven Central distribution, or an external server), PostgreSQL (embedded from a Maven artifact,
 * or an external server given by configuration), then the database roles, the Flyway migrations and
 * the schema lint, and only then, once Keycloak's realm answers, Payara Micro with the platform
 * WAR, because Payara opens its persistence units at deploy time and the platform needs its
 * identity provider from the start. {@link cn.yangguang.launcher.LocalStack} is the programmatic
 * form used by the integration tests and the benchmark; {@link cn.yangguang.launcher.Launcher} is
 * the command-line form.
 */
package cn.yangguang.launcher;
