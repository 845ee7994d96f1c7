/**
 * JDBC repositories on {@code yg.disclosure_request*}, {@code yg.disclosure_annual_report} and
 * {@code yg.disclosure_exofficio_decision}, and the adapters to the contexts this one reads from:
 * disclosure publishing (documents, the report's column) and casework (licensing decisions, fees).
 */
package cn.yangguang.disclosure.request.infrastructure;
