/**
 * The catalogue's JSON API under {@code /t/{slug}/api/v1/items}: public listing, search and detail
 * of published items; import and export of the county's list for its catalogue admins (import
 * reports localised, {@code ProblemReports}). The province master: as a county sees it and its diff
 * ({@code /t/{slug}/api/v1/master-items}), and for the province's admins ({@code
 * /api/v1/provinces/{code}/catalogue}).
 */
package cn.yangguang.web.catalogue;
