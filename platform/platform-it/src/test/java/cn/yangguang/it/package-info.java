/**
 * Integration tests against the real stack: one embedded PostgreSQL and one Payara Micro per test
 * run ({@link cn.yangguang.it.TestStack}), driven over HTTP with {@link cn.yangguang.it.Http} and
 * over JDBC as the database roles themselves.
 */
package cn.yangguang.it;
