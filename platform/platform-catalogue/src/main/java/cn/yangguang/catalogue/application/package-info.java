/**
 * Catalogue services: importing a county's list all or nothing with a row-level report, exporting
 * it in the same format, publishing and retiring versions, reading what the portal shows, and
 * search through the {@link cn.yangguang.catalogue.application.ItemSearch} port, whose hits are
 * re-read from the database under the county's row-level security before they are returned, and
 * rebuilt or reconciled with the database on request and on a schedule. A province's master
 * catalogue is imported by its admins; the county items derived from it follow its base fields, and
 * the diff shows where a county deviates.
 */
package cn.yangguang.catalogue.application;
