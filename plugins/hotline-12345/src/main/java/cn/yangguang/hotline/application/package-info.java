/**
 * The hotline's use cases for one county: intake from every channel, the steps of the loop with
 * their clocks, history and audit entries, the exchange with the prefecture's platform (and its
 * scheduled job), and the KPI report. Each runs in the county's transaction through the platform's
 * plugin services.
 */
package cn.yangguang.hotline.application;
