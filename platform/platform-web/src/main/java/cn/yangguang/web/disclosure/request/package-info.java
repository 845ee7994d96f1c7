/**
 * The HTTP interface of disclosure on request and the annual report (ADR 0039): the officers' JSON
 * API scoped to their agency (the county's disclosure office sees all), the applicant's own
 * requests and the public status lookup, the reports and the ex-officio decisions. Thin resources
 * over {@code cn.yangguang.disclosure.request.application}.
 */
package cn.yangguang.web.disclosure.request;
