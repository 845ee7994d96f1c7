/**
 * The casework JSON API: applications from the three doors, staff actions on cases, inboxes, the
 * public progress lookup, "my applications" and process bindings. Thin JAX-RS resources over {@code
 * cn.yangguang.casework.application}; every route is probed across counties.
 */
package cn.yangguang.web.casework;
