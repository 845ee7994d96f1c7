/**
 * The calendar as a tenant sees it: the confirmed schedules that cover it (national, its
 * province's, its own overrides), deadlines computed on them, and the record of years that
 * deadlines needed before anyone confirmed them (the administrators' to-do list).
 */
package cn.yangguang.kernel.calendar.application;
