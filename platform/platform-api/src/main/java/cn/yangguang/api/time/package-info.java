/**
 * Time as the platform sees it. All code reads "now" from one {@link
 * cn.yangguang.api.time.PlatformClock} so that deadlines can be demonstrated in the local stack by
 * moving that clock, and tested without waiting.
 */
package cn.yangguang.api.time;
