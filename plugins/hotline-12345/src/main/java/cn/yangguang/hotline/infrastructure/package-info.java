/**
 * The hotline's adapters: JDBC repositories on the plugin's own schema (through the platform's
 * tenant-bound data access, under row-level security), the schema's migrations, and the HTTP
 * adapter to the prefecture's 12345 platform.
 */
package cn.yangguang.hotline.infrastructure;
