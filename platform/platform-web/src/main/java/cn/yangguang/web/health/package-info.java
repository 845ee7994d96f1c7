/**
 * MicroProfile Health checks: readiness needs the database reachable as the application role and
 * the tenant registry readable; liveness only that the process answers.
 */
package cn.yangguang.web.health;
