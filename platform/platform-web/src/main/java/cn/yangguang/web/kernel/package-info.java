/**
 * HTTP routes of the kernel services: deadlines on a county's calendar, statutory clocks, the audit
 * trail (replay, verification, anchors), and the operator routes that confirm calendar years and
 * run the system jobs.
 */
package cn.yangguang.web.kernel;
