/**
 * Adapters of the identity context: Keycloak's admin REST API and OIDC endpoints over the JDK HTTP
 * client (no Keycloak client library: it would bring its own REST stack and Jackson into the WAR),
 * JWT verification with Nimbus JOSE+JWT against the realm's published keys, and JDBC repositories
 * for staff, platform grants and browser sessions.
 */
package cn.yangguang.kernel.identity.infrastructure;
