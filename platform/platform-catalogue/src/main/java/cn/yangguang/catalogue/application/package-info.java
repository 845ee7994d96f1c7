/**
 * Catalogue services: importing a county's list all or nothing with a row-level report, exporting
 * it in the same format, publishing and retiring versions, reading what the portal shows, and
 * search through the {@link cn.yangguang.catalogue.application.ItemSearch} port, whose hits are
 * re-read from the database under the county's row-level security before they are returned.
 */
package cn.yangguang.catalogue.application;
