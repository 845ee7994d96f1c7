/**
 * Statutory clocks. A {@link cn.yangguang.kernel.clock.domain.Clock} runs for one subject and step
 * (a case decision, a disclosure request, a hotline ticket) with a limit in working days, natural
 * days or hours; it pauses for what the law does not count, extends with approval, restarts where
 * the law says so, and completes. From the calendar it derives the instants at which its warning
 * level turns yellow, red and overdue, so that nothing has to re-evaluate clocks whose level cannot
 * have changed.
 */
package cn.yangguang.kernel.clock.domain;
