/**
 * The WAR's own wiring: the two data sources (the application role under row-level security, and
 * the system role for named cross-tenant work), configured from MicroProfile Config so that the
 * launcher or the production environment supplies URL and passwords.
 */
package cn.yangguang.app;
