/**
 * The working-day calendar and deadline arithmetic, as pure domain logic (no database, no CDI, no
 * HTTP): the exceptions of one year to the Monday-to-Friday rule ({@link
 * cn.yangguang.kernel.calendar.domain.YearSchedule}), the national schedules published by the State
 * Council (data: seeded by migration V3, loaded later through the operator API), the holidays fixed
 * by law used provisionally for a year whose schedule is not yet published ({@link
 * cn.yangguang.kernel.calendar.domain.StatutoryHolidays}), the calendar a tenant sees ({@link
 * cn.yangguang.kernel.calendar.domain.WorkingCalendar}) and the computation of deadlines in working
 * days, natural days, hours and working hours ({@link
 * cn.yangguang.kernel.calendar.domain.DeadlineCalculator}), which says when a result depends on an
 * unconfirmed year and must be recomputed once that year's schedule is loaded. All types are
 * immutable and thread-safe; methods reject null arguments with a {@link
 * java.lang.NullPointerException} unless documented otherwise.
 */
package cn.yangguang.kernel.calendar.domain;
