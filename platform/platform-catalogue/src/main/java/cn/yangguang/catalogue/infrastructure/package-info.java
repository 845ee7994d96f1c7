/**
 * Adapters of the catalogue: item versions in PostgreSQL (indexed fields as columns, the rest of
 * the implementation list as one JSON document per version), the import log, the code books read
 * from the kernel's code lists, CSV (Apache Commons CSV) and XLSX (FastExcel) files, and the Lucene
 * index behind the search port, fed from the outbox. A province's master rows are shared rows,
 * written only through the kernel's audited {@code ProvinceRows} port.
 */
package cn.yangguang.catalogue.infrastructure;
