/**
 * The hotline's HTTP side and its other extensions: Open311 GeoReport v2 at {@code
 * /t/{county}/open311/v2/}, the staff API, the portal's and the console's pages at {@code
 * /t/{county}/plugins/hotline-12345/}, the console entries and the roles. Resources are thin: they
 * check the caller's role, call the application layer and map refusals to HTTP statuses.
 */
package cn.yangguang.hotline.web;
