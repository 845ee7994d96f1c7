/**
 * Adapters of the disclosure context: JDBC repositories on the {@code yg.disclosure_*} tables (all
 * under row-level security, inside the county's transaction), the Lucene document search and the
 * outbox listener that keeps each node's index in step, and the CSV/XLSX writer of funds tables.
 */
package cn.yangguang.disclosure.infrastructure;
