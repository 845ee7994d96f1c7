/**
 * The service item (事项) as the national implementation list describes it: its fields ({@link
 * cn.yangguang.catalogue.domain.ItemFields}), its versions and lifecycle ({@link
 * cn.yangguang.catalogue.domain.ServiceItem}: draft, published, retired; a published version never
 * changes), the columns of the exchange format ({@link cn.yangguang.catalogue.domain.Column}) and
 * the provincial checker's cross-field rules ({@link
 * cn.yangguang.catalogue.domain.CatalogueRules}). Enumerated fields hold codes of the catalogue's
 * code lists, which are data a province can extend. A county item may derive from an item of its
 * province's master catalogue ({@link cn.yangguang.catalogue.domain.MasterLock}): its base fields
 * are then the master's.
 */
package cn.yangguang.catalogue.domain;
