/**
 * The JAX-RS application and the error contract. Every failure becomes a problem document (RFC
 * 9457: status, title, detail, and the fields at fault) for API clients or a friendly page for
 * browsers; stack traces never leave the server, an incident id ties a 500 to its log entry.
 */
package cn.yangguang.web.http;
