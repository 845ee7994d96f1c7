/**
 * The supervision domain: the violation rules and their per-county settings, the pure detector that
 * turns a case's observed facts (clocks, journal, fees) into rule hits with evidence, risk points
 * on process steps, supervision orders with their reply clock, yellow and red cards with
 * escalation, complaints, ratings and the performance calculation with its monthly ranking. No
 * JDBC, no HTTP.
 */
package cn.yangguang.supervision.domain;
