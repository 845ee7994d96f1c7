/**
 * The platform clock. One {@link cn.yangguang.kernel.time.AdjustableClock} serves the whole
 * application: the system clock plus an offset that only the local stack lets an operator move
 * forward, so that deadlines and warnings can be demonstrated without waiting.
 */
package cn.yangguang.kernel.time;
