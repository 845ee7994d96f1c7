/**
 * The hotline's domain: tickets and their closed loop (受理 → 派单 → 签收/退单 → 答复 → 回访 → 办结 or 重办),
 * dispatches to handling units, the dispatch catalogue, triage at intake (emergencies, legal
 * routes, refusals), time limits, KPI figures, coordinates (WGS84, GCJ-02 converted), and the port
 * to the prefecture's 12345 platform. Pure Java, no platform or database types.
 */
package cn.yangguang.hotline.domain;
