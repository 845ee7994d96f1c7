/**
 * Government information disclosure on request (依申请公开) and the statutory annual report: a bounded
 * context of its own beside disclosure publishing (ADR 0039). {@code domain} holds the procedure of
 * the Regulations (Decree 711) and the report's tables, {@code application} the services staff,
 * applicants and the bootstrap use, {@code infrastructure} the JDBC repositories and the adapters
 * to disclosure publishing and casework.
 */
package cn.yangguang.disclosure.request;
