/**
 * The plugin host's HTTP side: the sub-resource locator that mounts each plugin's resources under
 * {@code /t/{county}/plugins/{pluginId}/} in the platform's single JAX-RS application (so the same
 * tenant resolution, authentication, transactions and error mapping apply, and a county that has
 * not enabled the plugin gets 404), the operator and county-admin APIs and console page that enable
 * and disable plugins, the readiness data that reports failed plugins, and the start of the host.
 */
package cn.yangguang.web.plugins;
