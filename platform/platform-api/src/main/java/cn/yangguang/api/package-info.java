/**
 * The Yangguang plugin SDK. Everything a plugin may use lives below this package and depends only
 * on the JDK; the platform implements these types and hands them to plugins, never the other way
 * round. Types here are stable: changing one is an API version change, see {@link
 * cn.yangguang.api.ApiVersion}.
 */
package cn.yangguang.api;
