/**
 * Access control for the platform operator API. Until identity arrives (Keycloak, issue 3) operator
 * routes require the deployment's operator bearer token, compared in constant time; the actor
 * recorded in the operator audit is {@code operator}.
 */
package cn.yangguang.web.security;
