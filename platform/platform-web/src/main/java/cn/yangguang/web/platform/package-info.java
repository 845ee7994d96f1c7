/**
 * The platform operator API under {@code /api/v1/platform/}: onboarding, updating, suspending and
 * resuming counties from their manifest; shared (national and provincial) code lists; the dev clock
 * of the local stack; the list of every HTTP route.
 */
package cn.yangguang.web.platform;
