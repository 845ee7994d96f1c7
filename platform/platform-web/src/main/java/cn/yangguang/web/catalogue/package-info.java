/**
 * The catalogue's JSON API under {@code /t/{slug}/api/v1/items}: public listing, search and detail
 * of published items; import and export of the county's list for its catalogue admins.
 */
package cn.yangguang.web.catalogue;
